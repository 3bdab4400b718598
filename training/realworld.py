"""Contradiction scores of a PyTorch checkpoint on the real-world dev set (../shared/data/realworld), for
choosing between variants while training. The library's own figures come from `npm run eval`.

A pair's score is the mean contradiction probability of its two directions. A text longer than one model
window (SummEdits articles) is cut at sentence ends into windows that fit beside the other statement, and
the window with the highest contradiction counts, as the library does.
"""
import gzip
import json
import re

import numpy as np
import torch

from wordpiece import CLS_ID, PAD_ID, SEP_ID

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def windows(tokenizer, text, budget):
    ids = tokenizer.encode(text)
    if len(ids) <= budget:
        return [ids]
    out, current = [], []
    for sentence in SENTENCE_END.split(text):
        piece = tokenizer.encode(sentence)[:budget]
        if current and len(current) + len(piece) > budget:
            out.append(current)
            current = []
        current = current + piece
    if current:
        out.append(current)
    return out


def auc(scores, labels):
    scores, labels = np.asarray(scores), np.asarray(labels, dtype=bool)
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = labels.sum()
    neg = len(labels) - pos
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / max(pos * neg, 1))


_JOBS = {}


def _jobs(tokenizer, rows, max_length):
    """The tokenised windows of every row in both directions, made once per list of rows."""
    key = (id(tokenizer), id(rows), max_length)
    cached = _JOBS.get(key)
    if cached is not None and cached[0] is rows:  # the same list, not a new one at a reused address
        return cached[1]
    jobs = []  # (row index, direction, premise ids, hypothesis ids)
    for index, row in enumerate(rows):
        a = tokenizer.encode(row["first"])
        b = tokenizer.encode(row["second"])
        for direction, (p_text, h_ids) in enumerate(((row["first"], b), (row["second"], a))):
            h_ids = h_ids[:max_length // 2]
            for window in windows(tokenizer, p_text, max_length - len(h_ids) - 3):
                premise, hypothesis = (window, h_ids) if direction == 0 else (h_ids, window)
                jobs.append((index, direction, premise, hypothesis))
    jobs.sort(key=lambda j: len(j[2]) + len(j[3]))
    _JOBS[key] = (rows, jobs)
    return jobs


@torch.no_grad()
def contradiction_scores(model, tokenizer, rows, max_length=128, batch_size=128):
    model.eval()
    device = next(model.parameters()).device
    jobs = _jobs(tokenizer, rows, max_length)
    best = np.zeros((len(rows), 2))
    for start in range(0, len(jobs), batch_size):
        part = jobs[start:start + batch_size]
        width = max(len(p) + len(h) + 3 for _, _, p, h in part)
        ids = torch.full((len(part), width), PAD_ID, dtype=torch.long)
        types = torch.zeros((len(part), width), dtype=torch.long)
        mask = torch.zeros((len(part), width), dtype=torch.long)
        for k, (_, _, p, h) in enumerate(part):
            row = [CLS_ID] + p + [SEP_ID] + h + [SEP_ID]
            ids[k, :len(row)] = torch.tensor(row)
            types[k, len(p) + 2:len(row)] = 1
            mask[k, :len(row)] = 1
        probs = model(ids.to(device), mask.to(device), types.to(device)).softmax(-1)[:, 2].cpu().numpy()
        for (index, direction, _, _), p in zip(part, probs):
            best[index, direction] = max(best[index, direction], p)
    model.train()
    return best.mean(axis=1)


def evaluate_sets(model, tokenizer, rows):
    scores = contradiction_scores(model, tokenizer, rows)
    out = {}
    for name in sorted({r["set"] for r in rows}):
        keep = [i for i, r in enumerate(rows) if r["set"] == name]
        out[name] = auc(scores[keep], [rows[i]["label"] == "contradiction" for i in keep])
    return out
