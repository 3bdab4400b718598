#!/usr/bin/env bash
# Extract the previous bundled model (before the retraining of issue 8) from git into bench/baseline/, so
# that `npm run eval` can report it beside the current one. Its calibration is converted to the format
# that belongs beside a model (calibration.json in the model directory).
set -euo pipefail
cd "$(dirname "$0")/.."
COMMIT=${BASELINE_COMMIT:-9f28a60}
rm -rf bench/baseline && mkdir -p bench/baseline
git archive "$COMMIT" models/contradict-nli-small | tar -x -C bench/baseline --strip-components=1
git show "$COMMIT:src/scoring/calibration.json" | node -e '
  const c = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const out = { method: "logistic", model: c.model, fittedOn: c.fittedOn,
    thresholds: { checks: c.threshold, noChecks: c.fit.withoutChecks.threshold },
    withChecks: c.withChecks, withoutChecks: c.withoutChecks };
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");' > bench/baseline/contradict-nli-small/calibration.json
echo "bench/baseline/contradict-nli-small: the bundled model of commit $COMMIT"
