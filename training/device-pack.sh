#!/usr/bin/env bash
# Copy what the GPU training runs need (device-run.sh) into ../device-data, compressed to travel
# (the device tool sends the working tree, at most 64 MiB): the prepared NLI data, the pretraining token
# stream, the word vectors as a matrix, the tokenizer and the real-world dev set (read-only, for the AUC read
# after each epoch). Run after prepare.py and fastText (bash training/run.sh makes both).
set -euo pipefail
cd "$(dirname "$0")"
PY=/usr/bin/python3
WORK=${WORK:-work}
OUT=../device-data
DATA=${DATA:-../../shared/data}
mkdir -p "$OUT"
export TRAIN_CONFIG=${TRAIN_CONFIG:-experiments/pretrained-encoder.json}
$PY -c "from config import load_config; import pretrain; pretrain.build_ids('$WORK', load_config()['pretrain']['max_tokens'])"
$PY -c "from train import pack_vectors; pack_vectors('$WORK/vectors.vec', '$WORK', '$OUT/vectors.npy')"
xz -T2 -9 -c "$OUT/vectors.npy" > "$OUT/vectors.npy.xz" && rm "$OUT/vectors.npy"
xz -T2 -6 -c "$WORK/nli.pt" > "$OUT/nli.pt.xz"
xz -T2 -6 -c "$WORK/pretrain-ids.npy" > "$OUT/pretrain-ids.npy.xz"
cp "$WORK/tokenizer.json" "$DATA/realworld/dev.jsonl.gz" "$OUT/"
du -sh "$OUT"/*
