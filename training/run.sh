#!/usr/bin/env bash
# Train the bundled NLI model from ../shared/data and export it to models/contradict-nli-small.
# One command, seeded, restartable: each step is skipped when its output exists, and training resumes
# from its last checkpoint. About 70 minutes on a 2-core machine (see models/contradict-nli-small/README.md).
#   bash training/run.sh            # full pipeline
#   EPOCHS=1 bash training/run.sh   # a quick run (one epoch of the main model)
set -euo pipefail
cd "$(dirname "$0")"
DATA=${DATA:-../../shared/data}
WORK=${WORK:-work}
MODEL_DIR=${MODEL_DIR:-../models/contradict-nli-small}
EPOCHS=${EPOCHS:-14}
MINUTES=${MINUTES:-50}
BASELINE_MINUTES=${BASELINE_MINUTES:-10}
SEED=${SEED:-13}
PY=/usr/bin/python3   # Debian's python3-torch and python3-onnx live here
export OMP_NUM_THREADS=2
mkdir -p "$WORK"

[ -f "$WORK/nli.pt" ] || $PY prepare.py --data "$DATA" --work "$WORK" --seed "$SEED"
# Word vectors for the WordPiece tokens, from the text corpus (fastText CBOW, no character n-grams).
[ -f "$WORK/vectors.vec" ] || fasttext cbow -input "$WORK/corpus.tok.txt" -output "$WORK/vectors" -dim 160 \
  -epoch 5 -minCount 1 -minn 0 -maxn 0 -thread 2 -seed "$SEED" -verbose 1
$PY train.py --work "$WORK" --out "$WORK/main" --seed "$SEED" --epochs "$EPOCHS" --minutes "$MINUTES" --vectors "$WORK/vectors.vec"
$PY train.py --work "$WORK" --out "$WORK/hypothesis-only" --seed "$SEED" --minutes "$BASELINE_MINUTES" \
  --epochs 4 --vectors "$WORK/vectors.vec" --hypothesis-only
$PY export.py --work "$WORK" --checkpoint "$WORK/main/best.pt" --model-dir "$MODEL_DIR"
$PY report.py --work "$WORK" > "$MODEL_DIR/training-report.json"
