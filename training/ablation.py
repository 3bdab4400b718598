"""The lever comparison behind the model card: each variant trains for the same wall-clock budget
(config.json "ablation.minutes", 2 threads) from the same prepared data, then is scored on the dev split
(NLI accuracy) and on the real-world dev set (ROC-AUC of the contradiction probability). Run after
`prepare.py` and fastText (training/run.sh makes both):

    /usr/bin/python3 training/ablation.py --work training/work --realworld ../shared/data/realworld/dev.jsonl.gz

Figures depend on the machine's speed and load (the budget is time, not steps); compare variants from one
run only. --only NAME runs one variant; results are appended to --work/ablation.jsonl."""
import argparse
import json
import os
import random
import time

import torch

import realworld
from config import load_config
from model import NliModel
from train import batches, evaluate, load_vectors, loss_fn
from wordpiece import WordPiece

OLD_SYNTHETIC = {"synthetic:negation", "synthetic:number", "synthetic:clause", "synthetic:same-paragraph"}


def nli_only(source):
    return not source.startswith("synthetic:")


def old_data(source):
    """The data of the previous model: NLI rows (no more-train) and its four synthetic operations."""
    return not source.startswith("more:") and (nli_only(source) or source in OLD_SYNTHETIC)


# name: (model overrides, which training rows)
VARIANTS = {
    "previous data (4 synthetic operations), no encoder": (dict(conv_layers=0), old_data),
    "NLI data + more-train, no synthetic, no encoder": (dict(conv_layers=0), nli_only),
    "all data (typed synthetic operations), no encoder": (dict(conv_layers=0), lambda s: True),
    "all data, 2 convolution layers (shipped)": (dict(conv_layers=2), lambda s: True),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--realworld", required=True)
    parser.add_argument("--only", default=None)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    config = load_config()
    minutes = config["ablation"]["minutes"]
    torch.set_num_threads(args.threads)
    data = torch.load(os.path.join(args.work, "nli.pt"), weights_only=False)
    train = data["train"]
    with open(os.path.join(args.work, "tokenizer.json")) as f:
        vocab = json.load(f)["model"]["vocab"]
    tokenizer = WordPiece(vocab)
    rows_realworld = realworld.load(args.realworld)
    for name, (overrides, keep) in VARIANTS.items():
        if args.only and args.only not in name:
            continue
        torch.manual_seed(config["seed"])
        rng = random.Random(config["seed"])
        model = NliModel(data["vocab_size"], **{**config["model"], **overrides})
        with torch.no_grad():
            load_vectors(os.path.join(args.work, "vectors.vec"), vocab, model.token.weight)
        rows = [i for i, s in enumerate(train["sources"]) if keep(s)]
        optimizer = torch.optim.AdamW(model.parameters(), lr=config["train"]["lr"],
                                      weight_decay=config["train"]["weight_decay"])
        started, steps = time.time(), 0
        while time.time() - started < minutes * 60:
            for ids, mask, types, labels, _ in batches(train, rows, config["train"]["batch_size"], rng, True, False):
                loss = loss_fn(model(ids, mask, types), labels, config["train"]["smoothing"])
                optimizer.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), config["train"]["clip"])
                optimizer.step()
                steps += 1
                if time.time() - started > minutes * 60:
                    break
        dev, per_source = evaluate(model, data["dev"], 256, False)
        aucs = realworld.evaluate_sets(model, tokenizer, rows_realworld)
        result = {"variant": name, "minutes": minutes, "rows": len(rows), "steps": steps, "dev": round(dev, 3),
                  **{k: round(per_source[k], 3) for k in ("snli", "mnli", "breaking-nli")},
                  **{f"auc_{k}": round(v, 3) for k, v in aucs.items()}}
        print(json.dumps(result), flush=True)
        with open(os.path.join(args.work, "ablation.jsonl"), "a") as f:
            f.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
