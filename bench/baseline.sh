#!/usr/bin/env bash
# Extract a previous bundled model from git into bench/baseline/, so that `npm run eval` can report it beside
# the current one. Its score calibration is refitted by this version of the library (npm run calibrate, same
# data and checks as the current model's), so that the two differ only in the model.
#   bash bench/baseline.sh                      # the model before the current one
#   BASELINE_COMMIT=<commit> bash bench/baseline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
COMMIT=${BASELINE_COMMIT:-9f28a60}
rm -rf bench/baseline && mkdir -p bench/baseline
git archive "$COMMIT" models/contradict-nli-small | tar -x -C bench/baseline --strip-components=1
rm -f bench/baseline/contradict-nli-small/calibration.json
npm run --silent calibrate -- --model bench/baseline/contradict-nli-small
echo "bench/baseline/contradict-nli-small: the bundled model of commit $COMMIT, calibration refitted"
