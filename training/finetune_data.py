"""Training data for a run that continues from a trained model (train.py --init): the prepared data of
prepare.py (--work/nli.pt) with pairs of more synthetic operations appended, written to --out/nli.pt (with
the tokenizer beside it), so that train.py --work <out> trains on both.

  python3 finetune_data.py --work work --out work-verbs --operations verb-flip verb-same --per-kind 2000

The new pairs come from the training paragraphs only (every 20th paragraph stays out, as in prepare.py), from a
generator of their own (config seed + 3), with the whole paragraph as premise where the operation allows it and
the pair fits the window. Used in the twenty-ninth round (model card: "verb-flip" and "verb-same")."""
import argparse
import json
import os
import random
import shutil

import torch

import prepare
import synthetic
from config import load_config
from wordpiece import WordPiece


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/data"))
    parser.add_argument("--operations", nargs="+", required=True, choices=sorted(synthetic.OPERATIONS))
    parser.add_argument("--per-kind", type=int, default=2000)
    args = parser.parse_args()
    config = load_config()
    max_length = config["prepare"]["max_length"]
    data = torch.load(os.path.join(args.work, "nli.pt"), weights_only=False)
    tokenizer = WordPiece.load(os.path.join(args.work, "tokenizer.json"))
    paragraphs = [line for _, line in prepare.corpus_lines(os.path.join(args.data, "text"))]
    train_paragraphs, _ = prepare.split_paragraphs(paragraphs)
    made = synthetic.generate(train_paragraphs, args.per_kind, random.Random(config["seed"] + 3), {}, {},
                              kinds=args.operations, context_share=1.0, fits=prepare.fits_window(tokenizer, max_length))
    rows = [(a, b, label, "synthetic:" + kind) for kind, pairs in made.items() for a, b, label in pairs]
    encoded = prepare.encode_rows(tokenizer, rows, max_length)
    for key in ("input_ids", "token_type_ids", "labels", "sources"):
        data["train"][key] = data["train"][key] + encoded[key]
    os.makedirs(args.out, exist_ok=True)
    torch.save(data, os.path.join(args.out, "nli.pt"))
    shutil.copy(os.path.join(args.work, "tokenizer.json"), os.path.join(args.out, "tokenizer.json"))
    with open(os.path.join(args.out, "synthetic-examples.json"), "w") as f:
        json.dump({k: v[:8] for k, v in made.items()}, f, indent=1)
    print({k: len(v) for k, v in made.items()}, "train", len(data["train"]["labels"]), flush=True)


if __name__ == "__main__":
    main()
