"""WordNet relations between the words of the two statements, as lookup tables inside the model (lever 2 of the
model issue; KIM, Chen et al. 2018).

For every whole-word token of the vocabulary (not a "##" piece, letters only, at least 3 letters) the tables
hold the WordNet synsets of its lemma (first senses), their hypernyms up to three levels, their direct
hypernyms, and the synsets of its antonyms, as small integer ids (0: none). The model compares the tables of
two tokens with equality tests, so the ONNX graph needs only Gather, Equal and Or, and the tables travel inside
it as int32 initializers. Lemmas come from WordNet's own index files with its detachment rules (no
exception lists: "went" does not find "go").
"""
import torch

SYN, HYPER, PARENT, ANTONYM = 4, 8, 4, 4
# WordNet's morphological detachment rules (morphy), by part of speech.
RULES = {
    "noun": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y")],
    "verb": [("s", ""), ("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "adj": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "adv": [],
}


def read_index(dict_dir, part):
    """lemma -> synset offsets in sense order."""
    out = {}
    with open(f"{dict_dir}/index.{part}", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, n_synsets, n_pointers = fields[0], int(fields[2]), int(fields[3])
            # lemma pos synset_cnt p_cnt [p_cnt pointer symbols] sense_cnt tagsense_cnt synset_offset...
            out[lemma] = fields[4 + n_pointers + 2:][:n_synsets]
    return out


def read_synsets(dict_dir, part):
    """(offset, words, pointers) of every synset of WordNet's data.<part>; words lowercased without their
    adjective markers, pointers as (symbol, target offset, target part, source/target word numbers)."""
    with open(f"{dict_dir}/data.{part}", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, n_words = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * k].lower().split("(")[0] for k in range(n_words)]
            rest = fields[4 + 2 * n_words:]
            yield offset, words, [tuple(rest[1 + 4 * k: 5 + 4 * k]) for k in range(int(rest[0]))]


def lexical_antonyms(synsets):
    """(word, antonym) of every lexical antonym pointer ("!" between two word numbers) among `synsets`, the rows
    of one data file from `read_synsets` (antonyms point within their part of speech)."""
    words_of = {offset: words for offset, words, _ in synsets}
    for _, words, pointers in synsets:
        for symbol, target, _, source_target in pointers:
            source, dest = int(source_target[:2], 16), int(source_target[2:], 16)
            if symbol == "!" and source and dest and target in words_of:
                yield words[source - 1], words_of[target][dest - 1]


def read_data(dict_dir, part):
    """offset -> (hypernym offsets, antonym targets [(part, offset)]), per synset."""
    out = {}
    symbols = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
    for offset, _, pointers in read_synsets(dict_dir, part):
        hypernyms = [target for symbol, target, target_part, _ in pointers
                     if symbol in ("@", "@i") and symbols[target_part] == part]
        antonyms = [(symbols[target_part], target) for symbol, target, target_part, _ in pointers if symbol == "!"]
        out[offset] = (hypernyms, antonyms)
    return out


def lemmas(word, index, part):
    if word in index[part]:
        return [word]
    return [word[: -len(suffix)] + ending for suffix, ending in RULES[part]
            if word.endswith(suffix) and word[: -len(suffix)] + ending in index[part]][:1]


def build_tables(tokens, dict_dir):
    """tokens: the vocabulary in id order. Returns int32 tensors syn [V, 4], hyper [V, 8], parent [V, 4],
    antonym [V, 4] of synset ids (0: none), the dtype of the model's buffers, and piece [V] (1 for a "##"
    continuation token)."""
    parts = ("noun", "verb", "adj", "adv")
    index = {p: read_index(dict_dir, p) for p in parts}
    data = {p: read_data(dict_dir, p) for p in parts}
    ids = {}

    def synset_id(part, offset):
        return ids.setdefault((part, offset), len(ids) + 1)

    def hypernym_closure(part, offset, depth=3):
        out, frontier = [], [offset]
        for _ in range(depth):
            frontier = [h for o in frontier for h in data[part].get(o, ([], []))[0]]
            out.extend(frontier)
        return out

    v = len(tokens)
    tables = {name: torch.zeros((v, width), dtype=torch.int32)
              for name, width in (("syn", SYN), ("hyper", HYPER), ("parent", PARENT), ("antonym", ANTONYM))}
    piece = torch.zeros(v, dtype=torch.long)
    words = 0
    for token_id, token in enumerate(tokens):
        if token.startswith("##"):
            piece[token_id] = 1
            continue
        if len(token) < 3 or not token.isalpha():
            continue
        senses = []  # (part, offset): the first two senses of each part of speech, most frequent first
        for part in parts:
            for lemma in lemmas(token, index, part):
                senses.extend((part, o) for o in index[part][lemma][:2])
        if not senses:
            continue
        words += 1
        senses = senses[:SYN]
        found = {
            "syn": [synset_id(p, o) for p, o in senses],
            "hyper": [synset_id(p, h) for p, o in senses for h in hypernym_closure(p, o)],
            "parent": [synset_id(p, h) for p, o in senses for h in data[p][o][0]],
            "antonym": [synset_id(tp, to) for p, o in senses for tp, to in data[p][o][1]],
        }
        for name, values in found.items():
            unique = list(dict.fromkeys(values))[: tables[name].shape[1]]
            tables[name][token_id, : len(unique)] = torch.tensor(unique, dtype=torch.int32)
    return {**tables, "piece": piece}, words
