#!/usr/bin/env bash
# The GPU run of the thirteenth round (see the model card): a statement encoder with four self-attention
# layers (experiments/pretrained-encoder-4.json), as one command on a lent GPU machine, from the repository
# root, with device-data made by `WORK=work/<dir> TRAIN_CONFIG=experiments/pretrained-encoder-4.json bash
# training/device-pack.sh`:
#   1. masked-LM pretraining of the encoder (pretrain.py, PRE_MIN minutes) and, beside it on the same GPU,
#      the same NLI model trained from scratch (the ablation: pretraining off, same data and epochs);
#   2. two fine-tunings from the pretrained encoder, seeds 13 and 14, side by side.
# Every training process stops at DEADLINE seconds after the start (each keeps its best epoch so far), so the
# command ends inside the device's 10-minute limit. Logs and fp16 copies of the best checkpoints go to $OUT.
# It runs on the CPU too (DEVICE=cpu), which is how it was tested before it went to the GPU.
set -uo pipefail
cd "$(dirname "$0")"
START=$(date +%s)
OUT=${OUT:-out}; mkdir -p "$OUT"
W=${W:-/tmp/contradict-work}; mkdir -p "$W"
export PYTHONUNBUFFERED=1
D=${D:-../device-data}
C=${C:-experiments/pretrained-encoder-4.json}
DEVICE=${DEVICE:-cuda}
PRE_MIN=${PRE_MIN:-3.3}
DEADLINE=${DEADLINE:-535}
left() { echo $((DEADLINE - ($(date +%s) - START))); }
xz -d -T0 -c $D/nli.pt.xz > $W/nli.pt && xz -d -T0 -c $D/pretrain-ids.npy.xz > $W/pretrain-ids.npy \
  && xz -d -T0 -c $D/vectors.npy.xz > $W/vectors.npy && cp $D/tokenizer.json $W/ || exit 1
nvidia-smi -L || true
python3 -c "import torch; print('torch', torch.__version__, torch.cuda.is_available() and torch.cuda.get_device_name(0))"
RW="--realworld $D/dev.jsonl.gz"
export TRAIN_CONFIG=$C
python3 pretrain.py --work $W --out $W/pre --vectors $W/vectors.npy --device $DEVICE --threads 4 --minutes $PRE_MIN \
  > "$OUT/pretrain.log" 2>&1 &
P=$!
timeout "$(left)" python3 train.py --work $W --out $W/scratch --vectors $W/vectors.npy $RW --device $DEVICE --threads 2 \
  > "$OUT/scratch.log" 2>&1 &
wait $P; tail -2 "$OUT/pretrain.log"; echo "pretraining done at $(( $(date +%s) - START )) s"
for seed in 13 14; do
  timeout "$(left)" python3 train.py --work $W --out $W/init-$seed --init $W/pre/encoder.pt --seed $seed $RW \
    --device $DEVICE --threads 2 > "$OUT/init-$seed.log" 2>&1 &
done
wait
echo "training done at $(( $(date +%s) - START )) s"
python3 fp16_copies.py "$W" "$OUT" scratch=scratch/best.pt init-13=init-13/best.pt init-14=init-14/best.pt encoder=pre/encoder.pt
for f in "$OUT"/*.log; do echo "== $f"; grep -v '^  epoch' "$f" | cut -c1-300 | tail -8; done
ls -la "$OUT"
