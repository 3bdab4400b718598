"""Real-world dev AUC (PyTorch, read only) of checkpoints alone and of their ensembles: the mean contradiction
probability of every pair and triple. For choosing whether an ensemble is worth its scoring cost.

  cd training && /usr/bin/python3 ensemble.py --work work --realworld ../../shared/data/realworld/dev.jsonl.gz \\
      shipped=work/main-v2/best.pt ema7=work/main/best.pt list-modifier=work/v3/main/best.pt
"""
import argparse
import itertools

import numpy as np
import torch

import realworld
from model import NliModel
from wordpiece import WordPiece


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True, help="the folder with tokenizer.json")
    parser.add_argument("--realworld", default="../../shared/data/realworld/dev.jsonl.gz")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("checkpoints", nargs="+", help="name=path of a train.py checkpoint (same tokenizer)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    tokenizer = WordPiece.load(f"{args.work}/tokenizer.json")
    rows = realworld.load(args.realworld)
    scores = {}
    for spec in args.checkpoints:
        name, path = spec.split("=", 1)
        checkpoint = torch.load(path, weights_only=False)
        model = NliModel(checkpoint["vocab_size"], **checkpoint["config"])
        model.load_state_dict(checkpoint["model"])
        scores[name] = realworld.contradiction_scores(model, tokenizer, rows)
    sets = sorted({r["set"] for r in rows})

    def report(name, values):
        out = []
        for set_name in sets:
            keep = [i for i, r in enumerate(rows) if r["set"] == set_name]
            out.append(f"{set_name} {realworld.auc(values[keep], [rows[i]['label'] == 'contradiction' for i in keep]):.3f}")
        print(name, *out, flush=True)

    for name, values in scores.items():
        report(name, values)
    for k in range(2, len(scores) + 1):
        for combo in itertools.combinations(scores, k):
            report("+".join(combo), np.mean([scores[c] for c in combo], axis=0))


if __name__ == "__main__":
    main()
