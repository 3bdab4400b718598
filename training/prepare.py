"""Step 1: build the WordPiece vocabulary, tokenise the corpus for word vectors, and tokenise the NLI data.

Reads ../shared/data (path given by --data) and the hyperparameters of config.json ("prepare"). Writes into --work:
  tokenizer.json, tokenizer_config.json      the tokenizer the exported model ships with
  corpus.tok.txt                              the text corpus as WordPiece tokens, for fastText
  nli.pt                                      token ids and labels of train (commercial rows only: train,
                                              extra-2way, more-train), dev, test, plus the typed synthetic
                                              pairs made from corpus paragraphs (synthetic.py)
  heldout-operations.jsonl                    pairs of the operations held out of training, from paragraphs
                                              that no training pair comes from, with controls
  synthetic-examples.json                     the first pairs of each operation, for reading
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

import synthetic
from config import load_config
from wordpiece import SPECIAL_TOKENS, WordPiece, basic_words, tokenizer_config, tokenizer_json

LABELS = ["entailment", "neutral", "contradiction"]
LABEL_ID = {name: i for i, name in enumerate(LABELS)}
NOT_ENTAILMENT = 3  # 2-way label: neutral or contradiction, trained with a summed probability

CORPUS_FILES = ["wikinews_en.txt.gz", "wikipedia_en_2014_part.txt.gz"]


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


def encode_rows(tokenizer, rows, max_length):
    """rows: (premise, hypothesis, label, source). Returns a dict of lists; pairs over max_length are
    counted and kept whole by trimming the longer side only for training (never at inference)."""
    input_ids, type_ids, labels, sources, trimmed = [], [], [], [], 0
    for premise, hypothesis, label, source in rows:
        p = tokenizer.encode(premise)
        h = tokenizer.encode(hypothesis)
        while len(p) + len(h) + 3 > max_length:
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


def split_paragraphs(paragraphs):
    """The corpus paragraphs that feed training, and every 20th, kept for the held-out operations' evaluation."""
    return [p for i, p in enumerate(paragraphs) if i % 20 != 0], [p for i, p in enumerate(paragraphs) if i % 20 == 0]


def fits_window(tokenizer, max_length):
    """Whether a pair fits the model's window whole (its two statements and three special tokens)."""
    return lambda premise, hypothesis: len(tokenizer.encode(premise)) + len(tokenizer.encode(hypothesis)) + 3 <= max_length


def label_id(label):
    return NOT_ENTAILMENT if label == "not_entailment" else LABEL_ID[label]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--wordnet", required=True, help="WordNet's dict folder (data.adj, data.verb, ...)")
    args = parser.parse_args()
    config = load_config()
    settings = config["prepare"]
    max_length = settings["max_length"]
    rng = random.Random(config["seed"])
    os.makedirs(args.work, exist_ok=True)
    nli_dir = os.path.join(args.data, "nli")

    train = [r for r in read_jsonl(os.path.join(nli_dir, "train.jsonl.gz")) if r["commercial"]]
    extra = [r for r in read_jsonl(os.path.join(nli_dir, "extra-2way.jsonl.gz")) if r["commercial"]]
    more = [r for r in read_jsonl(os.path.join(nli_dir, "more-train.jsonl.gz")) if r["commercial"]] \
        if settings["more_train"] else []
    dev = list(read_jsonl(os.path.join(nli_dir, "dev.jsonl.gz")))
    test = list(read_jsonl(os.path.join(nli_dir, "test.jsonl.gz")))

    # The vocabulary and the tokenised corpus (for fastText) depend only on the data: kept when already made.
    paragraphs = [line for _, line in corpus_lines(os.path.join(args.data, "text"))]
    tokenizer_path = os.path.join(args.work, "tokenizer.json")
    corpus_path = os.path.join(args.work, "corpus.tok.txt")
    if not (os.path.exists(tokenizer_path) and os.path.exists(corpus_path)):
        counts = collections.Counter()
        corpus_words = 0
        for line in paragraphs:
            words = basic_words(line)
            corpus_words += len(words)
            counts.update(words)
        for r in train + extra:
            counts.update(basic_words(r["premise"]))
            counts.update(basic_words(r["hypothesis"]))
        vocab = build_vocab(counts, settings["words"], settings["prefixes"], settings["suffixes"], min_char_count=50)
        print(f"corpus words {corpus_words}, distinct {len(counts)}, vocab {len(vocab)}", flush=True)
        with open(os.path.join(args.work, "tokenizer_config.json"), "w") as f:
            json.dump(tokenizer_config(max_length), f, indent=2)
        id_to_token = {i: t for t, i in vocab.items()}
        tokenizer = WordPiece(vocab)
        with open(corpus_path + ".part", "w") as out:
            for line in paragraphs:
                out.write(" ".join(id_to_token[i] for i in tokenizer.encode(line)) + "\n")
            for r in train + extra + more:
                out.write(" ".join(id_to_token[i] for i in tokenizer.encode(r["premise"] + " " + r["hypothesis"])) + "\n")
        os.replace(corpus_path + ".part", corpus_path)
        with open(tokenizer_path, "w") as f:
            json.dump(tokenizer_json(vocab), f, ensure_ascii=False)
    tokenizer = WordPiece.load(tokenizer_path)
    vocab = tokenizer.vocab
    fits = fits_window(tokenizer, max_length)

    # Typed synthetic pairs: every 20th paragraph is kept for the held-out evaluation, the rest feed training.
    antonyms, synonyms = synthetic.load_wordnet(args.wordnet)
    held_out = settings["held_out_operations"]
    # Operations a config leaves out (the shipped v2 model was made before list-item, drop-modifier and
    # add-modifier existed; its config skips them so that run.sh still reproduces it).
    skipped = settings.get("skip_operations", [])
    train_kinds = [k for k in synthetic.OPERATIONS if k not in held_out and k not in skipped]
    train_paragraphs, eval_paragraphs = split_paragraphs(paragraphs)
    # Sentences of other documents for the `*-elsewhere` operations, from a generator of their own (so that a
    # config without them makes the same pairs as before they existed).
    elsewhere = synthetic.build_elsewhere(train_paragraphs, random.Random(config["seed"] + 2)) \
        if synthetic.ELSEWHERE & set(train_kinds) else None
    made = synthetic.generate(train_paragraphs, settings["synthetic_per_kind"], rng, antonyms, synonyms,
                              kinds=train_kinds, context_share=settings["synthetic_context_share"], fits=fits,
                              entity_skip_lists=settings.get("entity_skip_lists", False), elsewhere=elsewhere,
                              limits=settings.get("synthetic_per_kind_by_operation", {}))
    heldout = synthetic.generate(eval_paragraphs, settings["held_out_eval_per_kind"], random.Random(config["seed"] + 1),
                                 antonyms, synonyms, kinds=held_out + ["clause", "same-paragraph"],
                                 context_share=settings["synthetic_context_share"], fits=fits)
    with open(os.path.join(args.work, "heldout-operations.jsonl"), "w") as f:
        for kind, rows in heldout.items():
            for premise, hypothesis, label in rows:
                f.write(json.dumps({"operation": kind, "premise": premise, "hypothesis": hypothesis,
                                    "label": LABELS[label]}) + "\n")

    train_rows = [(r["premise"], r["hypothesis"], LABEL_ID[r["label"]], r["source"]) for r in train]
    extra_rows = [(r["premise"], r["hypothesis"], label_id(r["label"]), "2way:" + r["source"]) for r in extra]
    more_rows = [(r["premise"], r["hypothesis"], label_id(r["label"]), "more:" + r["source"]) for r in more]
    synthetic_rows = [(a, b, label, "synthetic:" + kind) for kind, rows in made.items() for a, b, label in rows]
    labelled = lambda rows: [(r["premise"], r["hypothesis"], LABEL_ID[r["label"]], r["source"]) for r in rows]
    data = {
        "vocab_size": len(vocab),
        "labels": LABELS,
        "train": encode_rows(tokenizer, train_rows + extra_rows + more_rows + synthetic_rows, max_length),
        "dev": encode_rows(tokenizer, labelled(dev), max_length),
        "test": encode_rows(tokenizer, labelled(test), max_length),
        "dev_commercial": [r["commercial"] for r in dev],
    }
    torch.save(data, os.path.join(args.work, "nli.pt"))
    with open(os.path.join(args.work, "synthetic-examples.json"), "w") as f:
        json.dump({k: v[:5] for k, v in made.items()}, f, indent=1)
    counts_by_source = collections.Counter(s.split(":")[0] for s in data["train"]["sources"])
    print("train", len(data["train"]["labels"]), dict(counts_by_source), "dev", len(data["dev"]["labels"]),
          "test", len(data["test"]["labels"]), "synthetic", {k: len(v) for k, v in made.items()},
          "held out", {k: len(v) for k, v in heldout.items()}, "trimmed", data["train"]["trimmed"], flush=True)


if __name__ == "__main__":
    main()
