#!/usr/bin/env bash
# The second GPU run of the thirteenth round, the controls of device-run-4.sh (whose fine-tunings used batch
# 128): side by side on one GPU,
#   A. the shipped architecture (no attention layers) at batch 128, lr 1.4e-3 (experiments/batch-128.json);
#   B, C. the four-layer encoder pretrained by device-run-4.sh, fine-tuned at the shipped batch 64 and lr 1e-3
#      (experiments/pretrained-encoder-4-batch-64.json), seeds 13 and 14.
# Needs device-data2: nli.pt.xz, vectors.npy.xz, tokenizer.json and dev.jsonl.gz as device-pack.sh makes them,
# and encoder-fp16.pt from device-run-4.sh. Every process stops at DEADLINE seconds (keeping its best epoch).
set -uo pipefail
cd "$(dirname "$0")"
START=$(date +%s)
OUT=${OUT:-out}; mkdir -p "$OUT"
W=${W:-/tmp/contradict-work}; mkdir -p "$W"
export PYTHONUNBUFFERED=1
D=${D:-../device-data2}
DEVICE=${DEVICE:-cuda}
DEADLINE=${DEADLINE:-330}
left() { echo $((DEADLINE - ($(date +%s) - START))); }
xz -d -T0 -c $D/nli.pt.xz > $W/nli.pt && xz -d -T0 -c $D/vectors.npy.xz > $W/vectors.npy && cp $D/tokenizer.json $W/ || exit 1
RW="--realworld $D/dev.jsonl.gz"
TRAIN_CONFIG=experiments/batch-128.json timeout "$(left)" python3 train.py --work $W --out $W/batch-128 \
  --vectors $W/vectors.npy $RW --device $DEVICE --threads 2 > "$OUT/batch-128.log" 2>&1 &
for seed in 13 14; do
  TRAIN_CONFIG=experiments/pretrained-encoder-4-batch-64.json timeout "$(left)" python3 train.py --work $W \
    --out $W/init64-$seed --init $D/encoder-fp16.pt --seed $seed $RW --device $DEVICE --threads 2 \
    > "$OUT/init64-$seed.log" 2>&1 &
done
wait
echo "training done at $(( $(date +%s) - START )) s"
python3 fp16_copies.py "$W" "$OUT" batch-128=batch-128/best.pt init64-13=init64-13/best.pt init64-14=init64-14/best.pt
for f in "$OUT"/*.log; do echo "== $f"; grep -v '^  epoch' "$f" | cut -c1-200 | tail -8; done
