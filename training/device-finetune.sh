#!/usr/bin/env bash
# The second GPU run: fine-tuning from the encoder that device-run.sh pretrained (../device-data2/encoder-fp16.pt),
# alone on the GPU so that all 6 epochs of the one-cycle schedule fit (config experiments/pretrained-encoder-finetune.json).
set -uo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-out}; mkdir -p "$OUT"
W=/tmp/contradict-work; mkdir -p $W/pre
export PYTHONUNBUFFERED=1
D=${D:-../device-data2}
xz -d -T0 -c $D/nli.pt.xz > $W/nli.pt && cp $D/tokenizer.json $W/ && cp $D/encoder-fp16.pt $W/pre/encoder.pt || exit 1
TRAIN_CONFIG=experiments/pretrained-encoder-finetune.json python3 train.py --work $W --out $W/init --init $W/pre/encoder.pt \
  --realworld $D/dev.jsonl.gz --device ${DEVICE:-cuda} --threads 4 > "$OUT/finetune.log" 2>&1
python3 - "$W" "$OUT" <<'PY'
import sys, torch
work, out = sys.argv[1:]
for name in ("best", "last"):
    c = torch.load(f"{work}/init/{name}.pt", weights_only=False, map_location="cpu")
    keep = {k: c[k] for k in ("model", "config", "vocab_size", "labels", "args", "epoch", "dev", "state") if k in c}
    keep["model"] = {k: (v.half() if v.is_floating_point() else v) for k, v in c["model"].items()}
    torch.save(keep, f"{out}/finetune-{name}-fp16.pt")
PY
grep -v '^  epoch' "$OUT/finetune.log" | cut -c1-300
