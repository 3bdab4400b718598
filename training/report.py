"""Step 5: the training report: dev history of both runs and the Python-side test accuracy of the main
model and of the hypothesis-only baseline, per source. (The library's own figures come from
`npm run eval`, through transformers.js; these are the PyTorch figures of the same checkpoints.)"""
import argparse
import json
import os

import numpy as np
import torch

from model import NliModel
from train import batches

TEST_SOURCES = ["snli", "mnli", "breaking-nli", "anli"]


@torch.no_grad()
def predictions(checkpoint_path, split, hypothesis_only):
    checkpoint = torch.load(checkpoint_path, weights_only=False)
    model = NliModel(checkpoint["vocab_size"], **checkpoint["config"])
    model.load_state_dict(checkpoint["model"])
    model.eval()
    out = np.zeros(len(split["labels"]), dtype=np.int64)
    for ids, mask, types, _, batch in batches(split, range(len(split["labels"])), 256, None, False, hypothesis_only):
        out[batch] = model(ids, mask, types).argmax(-1).numpy()
    return out


def accuracy_by_source(pred, split):
    labels = np.array(split["labels"])
    sources = np.array(split["sources"])
    result = {s: round(float((pred[sources == s] == labels[sources == s]).mean()), 4) for s in TEST_SOURCES if (sources == s).any()}
    result["all"] = round(float((pred == labels).mean()), 4)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    torch.set_num_threads(2)
    data = torch.load(os.path.join(args.work, "nli.pt"), weights_only=False)
    report = {}
    for name, hypothesis_only in (("main", False), ("hypothesis-only", True)):
        with open(os.path.join(args.work, name, "history.json")) as f:
            history = json.load(f)
        pred = predictions(os.path.join(args.work, name, "best.pt"), data["test"], hypothesis_only)
        report[name] = {"best_dev": history["best"], "epochs": history["epoch"], "minutes": round(history["elapsed"] / 60, 1),
                        "test_accuracy": accuracy_by_source(pred, data["test"]),
                        "history": [{k: v for k, v in h.items() if k != "dev_per_source"} for h in history["history"]]}
    import collections
    import platform
    import onnx
    from config import load_config
    report["config"] = load_config()
    report["versions"] = {"python": platform.python_version(), "torch": torch.__version__, "onnx": onnx.__version__,
                          "numpy": np.__version__}
    report["train_rows_by_source"] = dict(sorted(collections.Counter(data["train"]["sources"]).items()))
    report["train_rows"] = len(data["train"]["labels"])
    ablation = os.path.join(args.work, "ablation.jsonl")
    if os.path.exists(ablation):
        with open(ablation) as f:
            report["ablation"] = [json.loads(line) for line in f]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
