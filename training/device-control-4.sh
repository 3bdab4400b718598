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
python3 - "$W" "$OUT" <<'PY'
import sys, torch
work, out = sys.argv[1:]
for name in ("batch-128", "init64-13", "init64-14"):
    try:
        c = torch.load(f"{work}/{name}/best.pt", weights_only=False, map_location="cpu")
    except FileNotFoundError:
        print("missing", name); continue
    c["model"] = {k: (v.half() if v.is_floating_point() else v) for k, v in c["model"].items()}
    torch.save(c, f"{out}/{name}-fp16.pt")
    print(name, "epoch", c.get("epoch"), "dev", c.get("dev"))
PY
for f in "$OUT"/*.log; do echo "== $f"; grep -v '^  epoch' "$f" | cut -c1-200 | tail -8; done
