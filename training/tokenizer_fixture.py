"""Write test/fixtures/tokenizer-agreement.jsonl: pair encodings made by the Python tokenizer used for
training, which the integration tests compare with what transformers.js makes from tokenizer.json.
Texts: hand-written edge cases and the first 150 SNLI/MNLI dev pairs."""
import argparse
import gzip
import json

from wordpiece import WordPiece

EDGE_CASES = [
    ("Iran's foreign minister said the drone deliveries happened before the war started.",
     "Ukrainian forces shoot down at least 10 Iranian drones per day."),
    ("Café déjà-vu: naïve Zoë paid €3,500.75 (approx.) on 12/03/2022!", "東京 had 3 visitors—“quoted” text…"),
    ("  Tabs\tand\nnewlines   everywhere ", "Supercalifragilisticexpialidocious antidisestablishmentarianism"),
    ("e-mail: someone@example.org; URL https://example.org/a?b=c#d", "£5 vs ¥5 vs $5 & 50% — ok?"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    tokenizer = WordPiece.load(args.tokenizer)
    pairs = list(EDGE_CASES)
    with gzip.open(f"{args.data}/nli/dev.jsonl.gz", "rt") as f:
        for line in f:
            row = json.loads(line)
            if row["source"] in ("snli", "mnli") and len(pairs) < 150 + len(EDGE_CASES):
                pairs.append((row["premise"], row["hypothesis"]))
    with open(args.out, "w") as out:
        for premise, hypothesis in pairs:
            ids, types = tokenizer.encode_pair(tokenizer.encode(premise), tokenizer.encode(hypothesis))
            out.write(json.dumps({"premise": premise, "hypothesis": hypothesis, "input_ids": ids, "token_type_ids": types}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
