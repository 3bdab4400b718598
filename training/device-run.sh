#!/usr/bin/env bash
# The GPU runs behind the pretrained-encoder model (see the model card), as one command on a lent GPU machine,
# from the repository root, with ../device-data made by training/device-pack.sh beside the checkout's files:
#   1. masked-LM pretraining of the statement encoder (pretrain.py, config "pretrain"), and, beside it on the
#      same GPU, the same NLI model trained from scratch (the ablation: pretraining off, same data and epochs);
#   2. two fine-tunings from the pretrained encoder: train.init_lr_scale 1.0 and 0.3.
# Logs and fp16 copies of the checkpoints go to $OUT (the files that come back to the developer's machine).
set -uo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-out}; mkdir -p "$OUT"
W=/tmp/contradict-work; mkdir -p "$W"
export PYTHONUNBUFFERED=1
D=${D:-../device-data}
xz -d -T0 -c $D/nli.pt.xz > $W/nli.pt && xz -d -T0 -c $D/pretrain-ids.npy.xz > $W/pretrain-ids.npy \
  && xz -d -T0 -c $D/vectors.npy.xz > $W/vectors.npy && cp $D/tokenizer.json $W/ || exit 1
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, torch.cuda.get_device_name(0))"
A=${A:-experiments/pretrained-encoder.json}
B=${B:-experiments/pretrained-encoder-slow.json}
RW="--realworld $D/dev.jsonl.gz"
TRAIN_CONFIG=$A python3 pretrain.py --work $W --out $W/pre --vectors $W/vectors.npy --device ${DEVICE:-cuda} --threads 4 > "$OUT/pretrain.log" 2>&1 &
P=$!
TRAIN_CONFIG=$A python3 train.py --work $W --out $W/scratch --vectors $W/vectors.npy $RW --device ${DEVICE:-cuda} --threads 2 > "$OUT/scratch.log" 2>&1 &
wait $P; tail -2 "$OUT/pretrain.log"
TRAIN_CONFIG=$A python3 train.py --work $W --out $W/init --init $W/pre/encoder.pt $RW --device ${DEVICE:-cuda} --threads 2 > "$OUT/init.log" 2>&1 &
TRAIN_CONFIG=$B python3 train.py --work $W --out $W/init-slow --init $W/pre/encoder.pt $RW --device ${DEVICE:-cuda} --threads 2 > "$OUT/init-slow.log" 2>&1 &
wait
python3 fp16_copies.py "$W" "$OUT" scratch=scratch/best.pt init=init/best.pt init-slow=init-slow/best.pt encoder=pre/encoder.pt
for f in "$OUT"/*.log; do echo "== $f"; grep -v '^  epoch' "$f" | cut -c1-400 | tail -8; done
ls -la "$OUT"
