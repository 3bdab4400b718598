"""The architecture comparison behind the model card: each variant trains for the same wall-clock budget
(default 2.5 minutes, 2 threads) on the commercial 3-way training rows, then is scored on the dev split.
Run after `prepare.py` and fastText (training/run.sh makes both):

    /usr/bin/python3 training/ablation.py --work training/work

Figures depend on the machine's speed and load (the budget is time, not steps); compare variants from one
run only."""
import argparse
import json
import os
import random
import time

import torch

from model import NliModel
from train import batches, evaluate, load_vectors, loss_fn

VARIANTS = {
    "no encoder, no exact match": dict(layers=0, exact_match=False),
    "no encoder, exact match (shipped)": dict(layers=0, exact_match=True),
    "1 self-attention layer, exact match": dict(layers=1, exact_match=True),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--minutes", type=float, default=2.5)
    args = parser.parse_args()
    torch.set_num_threads(2)
    data = torch.load(os.path.join(args.work, "nli.pt"))
    train = data["train"]
    rows = [i for i, s in enumerate(train["sources"]) if not s.startswith(("2way", "synthetic"))]
    with open(os.path.join(args.work, "tokenizer.json")) as f:
        vocab = json.load(f)["model"]["vocab"]
    for name, config in VARIANTS.items():
        torch.manual_seed(0)
        rng = random.Random(0)
        model = NliModel(data["vocab_size"], dim=192, heads=2, align_temperature=192 ** 0.5, **config)
        with torch.no_grad():
            load_vectors(os.path.join(args.work, "vectors.vec"), vocab, model.token.weight)
        optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
        started, steps = time.time(), 0
        while time.time() - started < args.minutes * 60:
            for ids, mask, types, labels, _ in batches(train, rows, 64, rng, True, False):
                loss = loss_fn(model(ids, mask, types), labels, 0.0)
                optimizer.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                steps += 1
                if time.time() - started > args.minutes * 60:
                    break
        dev, per_source = evaluate(model, data["dev"], 256, False)
        print(json.dumps({"variant": name, "steps": steps, "dev": round(dev, 3),
                          **{k: round(per_source[k], 3) for k in ("snli", "mnli", "breaking-nli")}}), flush=True)


if __name__ == "__main__":
    main()
