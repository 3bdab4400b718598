"""Step 1: build the WordPiece vocabulary, tokenise the corpus for word vectors, and tokenise the NLI data.

Reads ../shared/data (path given by --data). Writes into --work:
  tokenizer.json, tokenizer_config.json      the tokenizer the exported model ships with
  corpus.tok.txt                              the text corpus as WordPiece tokens, for fastText
  nli.pt                                      token ids and labels of train (commercial rows only), dev, test,
                                              plus the synthetic pairs made from corpus sentences
Seeded; the same inputs give the same outputs.
"""
import argparse
import collections
import gzip
import json
import os
import random
import re

import torch

from wordpiece import SPECIAL_TOKENS, WordPiece, basic_words, tokenizer_config, tokenizer_json

LABELS = ["entailment", "neutral", "contradiction"]
LABEL_ID = {name: i for i, name in enumerate(LABELS)}
NOT_ENTAILMENT = 3  # 2-way label: neutral or contradiction, trained with a summed probability

CORPUS_FILES = ["wikinews_en.txt.gz", "wikipedia_en_2014_part.txt.gz"]
MAX_LENGTH = 128


def read_jsonl(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def corpus_lines(text_dir):
    for name in CORPUS_FILES:
        with gzip.open(os.path.join(text_dir, name), "rt", encoding="utf-8") as f:
            for line in f:
                yield name, line.strip()


def build_vocab(word_counts, n_words, n_prefixes, n_suffixes, min_char_count):
    chars = collections.Counter()
    for word, count in word_counts.items():
        for ch in word:
            chars[ch] += count
    alphabet = sorted(ch for ch, c in chars.items() if c >= min_char_count)
    words = [w for w, _ in word_counts.most_common() if len(w) > 1][:n_words]
    in_vocab = set(words) | set(alphabet)
    prefixes = collections.Counter()
    suffixes = collections.Counter()
    for word, count in word_counts.items():
        if word in in_vocab or count < 2 or len(word) < 4:
            continue
        for n in range(2, min(7, len(word))):
            prefixes[word[:n]] += count * n
        for start in range(1, len(word) - 1):
            for n in range(2, min(7, len(word) - start + 1)):
                suffixes[word[start:start + n]] += count * n
    tokens = list(SPECIAL_TOKENS) + alphabet + ["##" + ch for ch in alphabet]
    seen = set(tokens)
    for w in words + [p for p, _ in prefixes.most_common(n_prefixes)]:
        if w not in seen:
            seen.add(w)
            tokens.append(w)
    for s, _ in suffixes.most_common(n_suffixes):
        piece = "##" + s
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
    return {t: i for i, t in enumerate(tokens)}


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
NEGATABLE = re.compile(r"\b(is|are|was|were|has|have|had|will|can|could|would|should|did|does|do)\b")
NUMBER = re.compile(r"(?<![\d.,])\b(\d{1,4})\b(?![\d.,]\d)")


def synthetic_pairs(paragraphs, per_kind, rng):
    """Pairs made from real corpus sentences, in the spirit of FactCC: one-sided negation and changed
    numbers (contradiction), a sentence against its own first clause (entailment), two sentences of one
    paragraph (neutral: same topic, no conflict)."""
    out = {"negation": [], "number": [], "clause": [], "same-paragraph": []}
    rng.shuffle(paragraphs)
    for paragraph in paragraphs:
        sentences = [s for s in SENTENCE_END.split(paragraph) if 8 <= len(s.split()) <= 35]
        if not sentences:
            continue
        s = rng.choice(sentences)
        if len(out["negation"]) < per_kind:
            m = NEGATABLE.search(s)
            if m and " not " not in s and "n't" not in s:
                negated = s[:m.end()] + " not" + s[m.end():]
                pair = (s, negated) if rng.random() < 0.5 else (negated, s)
                out["negation"].append((*pair, LABEL_ID["contradiction"]))
                continue
        if len(out["number"]) < per_kind:
            numbers = list(NUMBER.finditer(s))
            if numbers:
                m = rng.choice(numbers)
                value = int(m.group(1))
                changed = value + rng.choice([1, 2, 3, 5, 10, 12, 20]) * rng.choice([-1, 1])
                if changed > 0 and changed != value:
                    other = s[:m.start()] + str(changed) + s[m.end():]
                    out["number"].append((s, other, LABEL_ID["contradiction"]))
                    continue
        if len(out["clause"]) < per_kind and ", " in s:
            head = s.split(", ")[0]
            if len(head.split()) >= 5:
                out["clause"].append((s, head.rstrip(",;:") + ".", LABEL_ID["entailment"]))
                continue
        if len(out["same-paragraph"]) < per_kind and len(sentences) >= 2:
            a, b = rng.sample(sentences, 2)
            out["same-paragraph"].append((a, b, LABEL_ID["neutral"]))
        if all(len(v) >= per_kind for v in out.values()):
            break
    return out


def encode_rows(tokenizer, rows):
    """rows: (premise, hypothesis, label, source). Returns a dict of lists; pairs over MAX_LENGTH are
    counted and kept whole by trimming the longer side only for training (never at inference)."""
    input_ids, type_ids, labels, sources, trimmed = [], [], [], [], 0
    for premise, hypothesis, label, source in rows:
        p = tokenizer.encode(premise)
        h = tokenizer.encode(hypothesis)
        while len(p) + len(h) + 3 > MAX_LENGTH:
            trimmed += 1
            if len(p) >= len(h):
                p = p[:-1]
            else:
                h = h[:-1]
        ids, types = tokenizer.encode_pair(p, h)
        input_ids.append(ids)
        type_ids.append(types)
        labels.append(label)
        sources.append(source)
    return {"input_ids": input_ids, "token_type_ids": type_ids, "labels": labels, "sources": sources,
            "trimmed": trimmed}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--words", type=int, default=18000)
    parser.add_argument("--prefixes", type=int, default=2000)
    parser.add_argument("--suffixes", type=int, default=2000)
    parser.add_argument("--synthetic-per-kind", type=int, default=4000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.work, exist_ok=True)
    nli_dir = os.path.join(args.data, "nli")

    train = [r for r in read_jsonl(os.path.join(nli_dir, "train.jsonl.gz")) if r["commercial"]]
    extra = [r for r in read_jsonl(os.path.join(nli_dir, "extra-2way.jsonl.gz")) if r["commercial"]]
    dev = list(read_jsonl(os.path.join(nli_dir, "dev.jsonl.gz")))
    test = list(read_jsonl(os.path.join(nli_dir, "test.jsonl.gz")))

    counts = collections.Counter()
    wikinews_paragraphs = []
    corpus_words = 0
    for name, line in corpus_lines(os.path.join(args.data, "text")):
        words = basic_words(line)
        corpus_words += len(words)
        counts.update(words)
        if name.startswith("wikinews"):
            wikinews_paragraphs.append(line)
    for r in train + extra:
        counts.update(basic_words(r["premise"]))
        counts.update(basic_words(r["hypothesis"]))
    vocab = build_vocab(counts, args.words, args.prefixes, args.suffixes, min_char_count=50)
    print(f"corpus words {corpus_words}, distinct {len(counts)}, vocab {len(vocab)}", flush=True)
    with open(os.path.join(args.work, "tokenizer.json"), "w") as f:
        json.dump(tokenizer_json(vocab), f, ensure_ascii=False)
    with open(os.path.join(args.work, "tokenizer_config.json"), "w") as f:
        json.dump(tokenizer_config(MAX_LENGTH), f, indent=2)
    tokenizer = WordPiece(vocab)
    id_to_token = {i: t for t, i in vocab.items()}

    with open(os.path.join(args.work, "corpus.tok.txt"), "w") as out:
        for _, line in corpus_lines(os.path.join(args.data, "text")):
            out.write(" ".join(id_to_token[i] for i in tokenizer.encode(line)) + "\n")
        for r in train + extra:
            out.write(" ".join(id_to_token[i] for i in tokenizer.encode(r["premise"] + " " + r["hypothesis"])) + "\n")

    synthetic = synthetic_pairs(wikinews_paragraphs, args.synthetic_per_kind, rng)
    train_rows = [(r["premise"], r["hypothesis"], LABEL_ID[r["label"]], r["source"]) for r in train]
    extra_rows = []
    for r in extra:
        label = {"entailment": LABEL_ID["entailment"], "not_entailment": NOT_ENTAILMENT}.get(r["label"], None)
        if label is None:
            label = LABEL_ID[r["label"]]
        extra_rows.append((r["premise"], r["hypothesis"], label, "2way:" + r["source"]))
    synthetic_rows = [(a, b, label, "synthetic:" + kind) for kind, rows in synthetic.items() for a, b, label in rows]
    data = {
        "vocab_size": len(vocab),
        "labels": LABELS,
        "train": encode_rows(tokenizer, train_rows + extra_rows + synthetic_rows),
        "dev": encode_rows(tokenizer, [(r["premise"], r["hypothesis"], LABEL_ID[r["label"]], r["source"]) for r in dev]),
        "test": encode_rows(tokenizer, [(r["premise"], r["hypothesis"], LABEL_ID[r["label"]], r["source"]) for r in test]),
        "dev_commercial": [r["commercial"] for r in dev],
    }
    torch.save(data, os.path.join(args.work, "nli.pt"))
    with open(os.path.join(args.work, "synthetic-examples.json"), "w") as f:
        json.dump({k: v[:5] for k, v in synthetic.items()}, f, indent=1)
    print("train", len(data["train"]["labels"]), "dev", len(data["dev"]["labels"]), "test", len(data["test"]["labels"]),
          "synthetic", {k: len(v) for k, v in synthetic.items()}, "trimmed", data["train"]["trimmed"], flush=True)


if __name__ == "__main__":
    main()
