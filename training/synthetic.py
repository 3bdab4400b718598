"""Typed NLI pairs made from real corpus paragraphs, in the spirit of FactCC (Kryscinski et al., 2020).

Every operation takes one sentence of a paragraph and returns (premise, hypothesis, label). The premise is
the sentence itself or, for about half the pairs, the whole paragraph around it (so that the model learns to
find the sentence a claim is about inside a longer text, as when a summary is checked against an article).

Each surface change appears under at least two labels, so that the change alone does not give the label
away (see the guard column):

| operation | label | guard (same surface, other label) |
|---|---|---|
| negation: "not" after the first auxiliary, or removed | contradiction | negation-kept: a negated sentence against its own negated first clause (entailment) |
| number: a count changed | contradiction | number-hedge: "more than M" / "at least M" with M below the count (entailment) |
| number-bound: "more than M" with M above the count | contradiction | number-hedge |
| none: a count replaced by "no" | contradiction | clause (entailment) |
| date: a year or month changed | contradiction | same-paragraph (neutral) |
| entity: a capitalised name replaced by another name of the same paragraph (not an item of a list) | contradiction | same-paragraph: two sentences that share names (neutral); clause (entailment, names kept) |
| list-item: a middle name of a list "A, B and C" dropped | entailment | entity |
| drop-modifier: a parenthesis or a date phrase ("on 10 January 1968", "in 2004") dropped | entailment | add-modifier; date |
| add-modifier: the same, the other way round (the hypothesis adds the detail) | neutral | drop-modifier |
| antonym: a WordNet antonym swapped in | contradiction | synonym: a WordNet synonym swapped in (entailment) |
| reporting: "said / confirmed / acknowledged" against "denied", and back | contradiction | reporting-same: "said" against "stated / noted" (entailment) |
| verb-flip: a verb of change or outcome, in any form, for one of the other side ("rose" / "fell", "upheld" / "overturned") | contradiction | verb-same: a strong verb for the plain verb of its side ("soared" / "rose", "slashed" / "reduced") (entailment) |
| order: "before" against "after" | contradiction | clause |
| roles: two names around a verb swapped | contradiction (held out of training by default) | clause |
| clause: a sentence against its first clause | entailment | added: its first clause against the whole sentence (neutral) |
| same-paragraph: two sentences of one paragraph | neutral | |
| number-vague: a count replaced by "several / some / dozens of / hundreds of / many" that it satisfies | entailment | none, number |
| none-elsewhere: a count replaced by "no", against a sentence of another document that names the same thing | neutral | none |
| order-elsewhere: a sentence with "before" (or "after") against one of another document with the other word and a shared word | neutral | order |
| reporting-elsewhere: "denied" against a sentence of another document that says / confirms, sharing a word | neutral | reporting |

The last three pair a sentence with one from another document of the corpus (`elsewhere`): the cue that
marks a contradiction ("no", "before" / "after", "denied" / "said") is on both sides, but the two sentences
are about different events, as in most pairs that pairing proposes in real text.
"""
import re

from relations import lexical_antonyms, read_synsets

ENTAILMENT, NEUTRAL, CONTRADICTION = 0, 1, 2

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
AUXILIARY = re.compile(r"\b(is|are|was|were|has|have|had|will|can|could|would|should|did|does|do|may|might|must)\b")
NEGATED = re.compile(r"\b(is|are|was|were|has|have|had|will|can|could|would|should|did|does|do|may|might|must) not\b")
COUNT = re.compile(r"(?<![\d.,$£€])\b([1-9]\d{0,3})\b(?![\d.,]\d)(?!\s*(?:%|percent|per cent))\s+([a-z]{3,})")
YEAR = re.compile(r"\b(1[89]\d\d|20[0-2]\d)\b")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
# A run of capitalised words not at the start of the sentence (a rough named-entity finder).
NAME = re.compile(r"(?<=[a-z,;:] )((?:[A-Z][a-zA-Z'.-]+)(?: (?:of |de |the )?[A-Z][a-zA-Z'.-]+){0,3})")
NOT_NAMES = set(MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "He",
                            "She", "It", "They", "We", "I", "In", "On", "At", "A", "An", "This", "That", "But", "And"}
POSITIVE_REPORTING = ["said", "confirmed", "acknowledged", "admitted", "announced", "stated"]
REPORTING = re.compile(r"\b(said|confirmed|acknowledged|admitted|announced|stated|claimed|reported|denied)\b( that)?")
SYNONYM_REPORTING = {"said": ["stated", "noted"], "stated": ["said"], "announced": ["said"], "confirmed": ["said"],
                     "claimed": ["said"], "reported": ["said"], "acknowledged": ["said"], "admitted": ["said"]}
ORDER = re.compile(r"\b(before|after)\b")
ROLE_VERB = re.compile(r"^(.*?\b)((?:[A-Z][a-zA-Z'.-]+)(?: [A-Z][a-zA-Z'.-]+){0,2}) "
                       r"(beat|sold|bought|paid|overtook|[a-z]{3,}ed) "
                       r"((?:[A-Z][a-zA-Z.-]+)(?: [A-Z][a-zA-Z.-]+){0,2})(\b[^'].*)$")
# Verbs whose two roles can be swapped without changing the meaning, or that do not take a person or thing as object.
SYMMETRIC = {"married", "met", "played", "tied", "drew", "partnered", "collaborated", "joined", "named", "called",
             "renamed", "based", "located", "situated", "released", "featured", "starred", "appeared", "included"}
WORD = re.compile(r"\b[a-z]{3,}\b")

def load_wordnet(dict_dir):
    """Antonym and synonym tables (adjectives, adverbs, verbs) from WordNet's data files."""
    antonyms, synonyms = {}, {}
    for part in ("adj", "adv", "verb"):
        synsets = list(read_synsets(dict_dir, part))
        for a, b in lexical_antonyms(synsets):
            if "_" not in a and "_" not in b:
                antonyms.setdefault(a, set()).add(b)
        if part == "adj":
            for _, words, _ in synsets:
                simple = [w for w in words if "_" not in w]
                if len(simple) > 1:
                    for w in simple:
                        synonyms.setdefault(w, set()).update(x for x in simple if x != w)
    # Only unambiguous, fairly common-looking words: antonyms both ways, at most 3 candidates.
    antonyms = {w: sorted(v) for w, v in antonyms.items() if len(v) <= 3 and len(w) >= 3}
    synonyms = {w: sorted(v) for w, v in synonyms.items() if len(v) <= 3 and len(w) >= 3}
    return antonyms, synonyms

def counts_in(s, least=1):
    """Counts followed by a word, leaving out years and days of a month ("March 17")."""
    out = []
    for m in COUNT.finditer(s):
        value = int(m.group(1))
        before = s[:m.start()].rstrip().split(" ")[-1] if m.start() else ""
        if value >= least and not 1000 <= value <= 2030 and before not in MONTHS:
            out.append(m)
    return out

def _replace(s, m, group, new):
    return s[:m.start(group)] + new + s[m.end(group):]

def op_negation(s, rng, ctx):
    m = NEGATED.search(s)
    if m:
        return s[:m.end(1)] + s[m.end():], CONTRADICTION
    if "n't" in s or " not " in s or " no " in s:
        return None
    m = AUXILIARY.search(s)
    if not m:
        return None
    return s[:m.end()] + " not" + s[m.end():], CONTRADICTION

def op_negation_kept(s, rng, ctx):
    """A negated sentence against its own negated first clause: negation on both sides, entailment."""
    if ", " not in s:
        return None
    head = s.split(", ")[0]
    m = AUXILIARY.search(head)
    if not m or len(head.split()) < 5 or " not " in s or "n't" in s:
        return None
    negated = s[:m.end()] + " not" + s[m.end():]
    return ("swap-premise", negated, head[:m.end()] + " not" + head[m.end():] + "."), ENTAILMENT

def op_number(s, rng, ctx):
    counts = counts_in(s)
    if not counts:
        return None
    m = rng.choice(counts)
    value = int(m.group(1))
    delta = max(1, round(value * rng.choice([0.1, 0.2, 0.3, 0.5, 1.0]))) * rng.choice([-1, 1])
    changed = value + delta
    if changed <= 0 or changed == value:
        changed = value + abs(delta) + 1
    return _replace(s, m, 1, str(changed)), CONTRADICTION

def op_number_hedge(s, rng, ctx):
    counts = counts_in(s, 3)
    if not counts:
        return None
    m = rng.choice(counts)
    value = int(m.group(1))
    lower = max(1, value - max(1, round(value * rng.choice([0.1, 0.3, 0.5]))))
    hedge = rng.choice(["more than", "at least", "over"])
    return _replace(s, m, 1, f"{hedge} {lower}"), ENTAILMENT

def op_number_bound(s, rng, ctx):
    counts = counts_in(s, 2)
    if not counts:
        return None
    m = rng.choice(counts)
    value = int(m.group(1))
    if rng.random() < 0.5:
        bound = value + max(1, round(value * rng.choice([0.2, 0.5, 1.0])))
        return _replace(s, m, 1, f"{rng.choice(['more than', 'at least', 'over'])} {bound}"), CONTRADICTION
    bound = max(1, value - max(1, round(value * rng.choice([0.2, 0.5]))))
    if bound >= value:
        return None
    return _replace(s, m, 1, f"{rng.choice(['fewer than', 'less than', 'at most'])} {bound}"), CONTRADICTION

def op_none(s, rng, ctx):
    counts = counts_in(s, 2)
    if not counts:
        return None
    m = rng.choice(counts)
    return _replace(s, m, 1, "no"), CONTRADICTION

def op_date(s, rng, ctx):
    years = list(YEAR.finditer(s))
    months = list(MONTH.finditer(s))
    if years and (not months or rng.random() < 0.6):
        m = rng.choice(years)
        year = int(m.group(1)) + rng.choice([-10, -5, -3, -2, -1, 1, 2, 3, 5, 10])
        if year > 2030:
            year -= 20
        return _replace(s, m, 1, str(year)), CONTRADICTION
    if months:
        m = rng.choice(months)
        other = rng.choice([x for x in MONTHS if x != m.group(1)])
        return _replace(s, m, 1, other), CONTRADICTION
    return None

def names_in(text):
    return [m for m in NAME.finditer(text) if m.group(1).split()[0] not in NOT_NAMES]

def in_list(s, m):
    """Whether a name is an item of a list ("A, B and C"): swapping one item of a partial list is no
    contradiction ("her films include A, B and C" / "... include B, C and D")."""
    before, after = s[:m.start(1)], s[m.end(1):]
    return bool(re.search(r"(, |\band |\bor )$", before)) or bool(re.match(r"(,|\s+and\b|\s+or\b)", after))

def op_entity(s, rng, ctx):
    here = [m for m in names_in(s) if not (ctx.get("entity_skip_lists") and in_list(s, m))]
    if not here:
        return None
    in_sentence = {m.group(1) for m in here}
    m = rng.choice(here)
    words = len(m.group(1).split())
    others = sorted({n.group(1) for n in names_in(ctx["paragraph"]) + names_in(ctx["neighbour"])} - in_sentence)
    others = [o for o in others if o not in m.group(1) and m.group(1) not in o and abs(len(o.split()) - words) <= 1]
    if not others:
        return None
    return _replace(s, m, 1, rng.choice(others)), CONTRADICTION

LIST_ITEM = re.compile(r"(?<=[A-Za-z.'-], )(" + NAME.pattern[NAME.pattern.index("((?:"):] + r")(?P<sep>, (?=[A-Z])|,? and (?=[A-Z]))")

# "In Sacramento, Hannah and Ethan ...": an opening phrase before the comma, not a list of three.
INTRODUCTORY = re.compile(r"^(?:In|At|On|From|During|After|Before|For|By|Under|Following|Despite|Since|With|Without|As|"
                          r"Unlike|Like|Across|Outside|Inside|Near|Throughout|Within|Besides|Meanwhile|Today|Yesterday)\b")

def op_list_item(s, rng, ctx):
    """A middle item of a list of names dropped: "A, B and C" -> "A and C" (entailment)."""
    candidates = [m for m in LIST_ITEM.finditer(s) if m.group(1).split()[0] not in NOT_NAMES
                  and (m.group("sep") == ", " or not INTRODUCTORY.match(s[:m.start() - 2]))]
    if not candidates:
        return None
    m = rng.choice(candidates)
    if "and" in m.group("sep"):
        # "A, B and C" / "A, B, and C": drop ", B" and keep " and C".
        return s[:m.start() - 2] + " and " + s[m.end():], ENTAILMENT
    return s[:m.start()] + s[m.end():], ENTAILMENT

YEAR_PATTERN = r"(?:1[89]\d\d|20[0-2]\d)"
MONTH_PATTERN = "(?:" + "|".join(MONTHS) + ")"
DAY_DATE = r"(?:\d{1,2} %s|%s \d{1,2},?)" % (MONTH_PATTERN, MONTH_PATTERN)
DATE_PHRASE = re.compile(r"(?<=[a-z]) (?:on %s %s|on %s|in (?:%s )?%s)(?=[ ,.;])"
                         % (DAY_DATE, YEAR_PATTERN, DAY_DATE.replace(",?", ""), MONTH_PATTERN, YEAR_PATTERN))
OPENING_DATE = re.compile(r"^(?:In (?:%s )?%s|On %s(?: %s)?|By %s), " % (MONTH_PATTERN, YEAR_PATTERN, DAY_DATE, YEAR_PATTERN, YEAR_PATTERN))
PARENTHESIS = re.compile(r" \([^()]{2,80}\)")

def _drop_modifier(s, rng):
    spans = [m.span() for m in DATE_PHRASE.finditer(s)] + [m.span() for m in PARENTHESIS.finditer(s)]
    opening = OPENING_DATE.match(s)
    if opening:
        spans.append(opening.span())
    if not spans:
        return None
    start, end = rng.choice(spans)
    if start == 0:
        rest = s[end:]
        out = rest[:1].upper() + rest[1:]
    else:
        out = s[:start] + s[end:]
        if out[start:start + 1] == "," and s[start - 1] != ",":
            # "born on 10 January 1968, in Addis Ababa" -> "born in Addis Ababa"
            out = out[:start] + out[start + 1:]
    if len(out.split()) < 5 or out[:1].islower():
        return None
    return out

def op_drop_modifier(s, rng, ctx):
    """A detail dropped: a parenthesis or a date phrase (entailment: the shorter sentence says less)."""
    out = _drop_modifier(s, rng)
    return (out, ENTAILMENT) if out else None

def op_add_modifier(s, rng, ctx):
    """The same with premise and hypothesis swapped: the hypothesis adds an unsupported detail (neutral)."""
    out = _drop_modifier(s, rng)
    return (("swap-premise", out, s), NEUTRAL) if out else None

def _swap_word(s, table, rng):
    candidates = [m for m in WORD.finditer(s) if m.group(0) in table]
    if not candidates:
        return None
    m = rng.choice(candidates)
    return s[:m.start()] + rng.choice(table[m.group(0)]) + s[m.end():]

def op_antonym(s, rng, ctx):
    out = _swap_word(s, ctx["antonyms"], rng)
    return (out, CONTRADICTION) if out else None

def op_synonym(s, rng, ctx):
    out = _swap_word(s, ctx["synonyms"], rng)
    return (out, ENTAILMENT) if out else None

def op_reporting(s, rng, ctx):
    m = REPORTING.search(s)
    if not m:
        return None
    verb = m.group(1)
    if verb == "denied":
        return _replace(s, m, 1, rng.choice(["confirmed", "acknowledged", "admitted"])), CONTRADICTION
    if verb not in POSITIVE_REPORTING and verb not in ("claimed", "reported"):
        return None
    return _replace(s, m, 1, "denied"), CONTRADICTION

def op_reporting_same(s, rng, ctx):
    m = REPORTING.search(s)
    if not m or m.group(1) not in SYNONYM_REPORTING:
        return None
    return _replace(s, m, 1, rng.choice(SYNONYM_REPORTING[m.group(1)])), ENTAILMENT

def op_order(s, rng, ctx):
    m = ORDER.search(s)
    if not m:
        return None
    return _replace(s, m, 1, "after" if m.group(1) == "before" else "before"), CONTRADICTION

def op_roles(s, rng, ctx):
    m = ROLE_VERB.match(s)
    if not m or m.group(3) in SYMMETRIC or m.group(2).split()[0] in NOT_NAMES or m.group(4).split()[0] in NOT_NAMES or m.group(2) == m.group(4):
        return None
    return f"{m.group(1)}{m.group(4)} {m.group(3)} {m.group(2)}{m.group(5)}", CONTRADICTION

def op_clause(s, rng, ctx):
    if ", " not in s:
        return None
    head = s.split(", ")[0]
    if len(head.split()) < 5:
        return None
    return head.rstrip(",;:") + ".", ENTAILMENT

def op_added(s, rng, ctx):
    """The first clause as premise, the whole sentence as hypothesis: the rest is unsupported (neutral)."""
    if ", " not in s:
        return None
    head = s.split(", ")[0]
    if len(head.split()) < 5:
        return None
    return ("swap-premise", head.rstrip(",;:") + ".", s), NEUTRAL

def op_same_paragraph(s, rng, ctx):
    others = [x for x in ctx["sentences"] if x != s]
    if not others:
        return None
    if rng.random() < 0.5 and len(ctx["paragraph"].split()) <= 80:
        # The rest of the paragraph against one of its sentences: same topic, mostly new information.
        return ("swap-premise", " ".join(others), s), NEUTRAL
    return ("swap-premise", s, rng.choice(others)), NEUTRAL

# Units are measures, not things that are counted ("220 kilometres" -> "some kilometres" is no sentence).
UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "kilometres",
         "kilometers", "metres", "meters", "miles", "feet", "inches", "yards", "tonnes", "tons", "pounds", "dollars",
         "euros", "points", "percent", "degrees", "plus", "times", "kilograms", "litres", "acres", "hectares"}

def counted_things(s, least):
    """Counts of a plural thing, with a lowercase word (or nothing) before them: "32 missiles", not "Highway 55
    has", "about 220 kilometres" or "the 1990s"."""
    out = []
    for m in counts_in(s, least):
        before = s[:m.start()].rstrip().split(" ")[-1] if m.start() else ""
        if m.group(2).endswith("s") and m.group(2) not in UNITS and (before == "" or before.islower()) \
                and before not in ("about", "around", "approximately", "nearly", "almost", "some", "over", "than"):
            out.append(m)
    return out

def op_number_vague(s, rng, ctx):
    """A count replaced by a vague quantity that it satisfies: "32 missiles" -> "dozens of missiles" (entailment)."""
    counts = counted_things(s, 3)
    if not counts:
        return None
    m = rng.choice(counts)
    value = int(m.group(1))
    if value <= 20:
        words = ["several", "some"] + (["a few"] if value <= 5 else [])
    elif value < 100:
        words = ["dozens of", "many", "some"] if value >= 24 else ["many", "some", "more than a dozen"]
    else:
        words = ["hundreds of", "many", "some"] if value >= 200 else ["many", "some", "more than a hundred"]
    return _replace(s, m, 1, rng.choice(words)), ENTAILMENT

NEGATION_WORDS = re.compile(r"\b(?:not|no|never|none|nobody|nothing|without|denied|n't)\b|n't\b")
STOP = set("the a an and or but of in on at to for from by with as is are was were be been has have had that this "
           "these those it its his her their they he she which who whom when where after before than then also "
           "into over under about between during said says would could will not no".split())

def _shuffled_pair(a, b, rng, label):
    return (("swap-premise", a, b) if rng.random() < 0.5 else ("swap-premise", b, a)), label

def _content_words(s):
    return [w for w in dict.fromkeys(WORD.findall(s.lower())) if w not in STOP and len(w) >= 4]

def op_none_elsewhere(s, rng, ctx):
    """"no X" made from a count, against a sentence of another document that names X (neutral)."""
    counts = counted_things(s, 2)
    if not counts or not ctx.get("elsewhere"):
        return None
    m = rng.choice(counts)
    other = ctx["elsewhere"](m.group(2), lambda t: not NEGATION_WORDS.search(t))
    if not other:
        return None
    return _shuffled_pair(_replace(s, m, 1, "no"), other, rng, NEUTRAL)

def op_order_elsewhere(s, rng, ctx):
    """A sentence with "before" against one of another document with "after" (or the other way), sharing a word (neutral)."""
    m = ORDER.search(s)
    if not m or not ctx.get("elsewhere"):
        return None
    opposite = re.compile(r"\b%s\b" % ("after" if m.group(1) == "before" else "before"))
    words = _content_words(s)
    for word in rng.sample(words, min(3, len(words))):
        other = ctx["elsewhere"](word, opposite.search)
        if other:
            return _shuffled_pair(s, other, rng, NEUTRAL)
    return None

POSITIVE_REPORTING_RE = re.compile(r"\b(?:said|confirmed|acknowledged|admitted|announced|stated)\b")

def op_reporting_elsewhere(s, rng, ctx):
    """"X denied ..." against a sentence of another document that says or confirms something, sharing a word (neutral)."""
    m = REPORTING.search(s)
    # "X said that ..." or "X denied ...", not a quotation's tail ('..., said X').
    if not m or not ctx.get("elsewhere") or not (m.group(2) or m.group(1) == "denied") or re.search(r"[,\"”]\s*$", s[:m.start()]):
        return None
    denied = s if m.group(1) == "denied" else _replace(s, m, 1, "denied")
    words = _content_words(s)
    for word in rng.sample(words, min(3, len(words))):
        other = ctx["elsewhere"](word, lambda t: POSITIVE_REPORTING_RE.search(t) and "denied" not in t)
        if other:
            return _shuffled_pair(denied, other, rng, NEUTRAL)
    return None

def build_elsewhere(paragraphs, rng, n_paragraphs=60000, candidates=40):
    """A lookup of sentences from other documents by a word they contain: `elsewhere(word, test, avoid)`
    gives a random sentence with that word (whole word, any case) that passes `test`, from a sampled
    paragraph other than `avoid` and its neighbours."""
    sample = rng.sample(range(len(paragraphs)), min(n_paragraphs, len(paragraphs)))
    sentences, index = [], {}
    for i in sample:
        for sentence in sentences_of(paragraphs[i]):
            k = len(sentences)
            sentences.append((i, sentence))
            for word in set(WORD.findall(sentence.lower())):
                index.setdefault(word, []).append(k)
    def lookup(word, test, avoid):
        found = index.get(word.lower(), [])
        if not found:
            return None
        for k in rng.sample(found, min(candidates, len(found))):
            i, sentence = sentences[k]
            if abs(i - avoid) > 1 and test(sentence):
                return sentence
        return None
    return lookup

# Verbs of a change up or down, and verbs of an outcome, with their forms: base, third person, past, past
# participle, -ing. Swapped for a verb of the other side (contradiction: "unemployment rose" / "unemployment
# fell", "the court upheld the ban" / "the court overturned the ban"), or for a weaker verb of the same side
# (entailment: "prices soared" / "prices rose"), so that a swapped verb of this kind is no cue by itself.
# WordNet's antonym table (the `antonym` operation) holds base forms only, so a news sentence's "rose" or
# "rejected" was never swapped. The groups keep a verb's syntax: intransitive changes, transitive changes,
# transitive outcomes; verbs of many senses ("grow" crops, "raise" children or concerns, "cut" or "block" a road, "expand" into a market) are left out.
def _forms(base, past=None, participle=None, ing=None):
    stem = base[:-1] if base.endswith("e") else base
    past = past or (base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") and base[-2] not in "aeiou" else base + "ed"))
    return {"base": base, "past": past, "participle": participle or past, "ing": ing or stem + "ing"}

VERB_GROUPS = {
    # group: (up or positive verbs, down or negative verbs); the first of each side is its plain verb.
    "change-intransitive": (
        [_forms("rise", past="rose", participle="risen", ing="rising"), _forms("increase"), _forms("climb"),
         _forms("soar"), _forms("surge"), _forms("jump")],
        [_forms("fall", past="fell", participle="fallen"), _forms("decrease"), _forms("decline"),
         _forms("drop", past="dropped", ing="dropping"), _forms("shrink", past="shrank", participle="shrunk"),
         _forms("plunge"), _forms("plummet"), _forms("slump"), _forms("tumble")]),
    "change-transitive": (
        [_forms("increase"), _forms("boost")],
        [_forms("reduce"), _forms("decrease"), _forms("lower"), _forms("slash")]),
    "outcome": (
        [_forms("approve"), _forms("accept"), _forms("support"), _forms("back"), _forms("endorse"),
         _forms("uphold", past="upheld"), _forms("allow"), _forms("permit", past="permitted", ing="permitting"),
         _forms("acquit", past="acquitted", ing="acquitting")],
        [_forms("reject"), _forms("refuse"), _forms("oppose"), _forms("overturn"), _forms("ban", past="banned", ing="banning"),
         _forms("prohibit"), _forms("convict")]),
}
# For the entailment counterpart: a strong verb and the plain verb it implies (the premise says more).
WEAKER = {"soar": "rise", "surge": "rise", "jump": "rise", "climb": "rise", "rise": "increase", "increase": "rise",
                    "plunge": "fall", "plummet": "fall", "slump": "fall", "tumble": "fall", "drop": "fall", "decline": "fall",
          "fall": "decrease", "decrease": "fall", "shrink": "decrease",
          "boost": "increase",
          "slash": "reduce", "reduce": "decrease", "lower": "reduce",
          "back": "support", "endorse": "support", "support": "back", "uphold": "support",
          "permit": "allow", "allow": "permit", "approve": "back",
          "refuse": "reject", "reject": "refuse", "oppose": "reject", "ban": "prohibit", "prohibit": "ban",
          "overturn": "reject"}
# Opposites that read as each other's negation within an outcome group (others get the side's plain verb).
OPPOSITE = {"acquit": "convict", "convict": "acquit", "uphold": "overturn", "overturn": "uphold",
            "allow": "ban", "permit": "prohibit", "ban": "allow", "prohibit": "permit", "approve": "reject",
            "accept": "reject", "reject": "accept", "support": "oppose", "back": "oppose", "endorse": "oppose",
            "oppose": "support", "refuse": "accept"}
# Forms read as verbs: not the bare base form ("a rise", "the increase", "a ban" are nouns) nor the third person
# ("spending cuts", "three blocks"), nor a form after a determiner ("the backing") or before a hyphen ("cutting-edge").
VERB_FORM_SLOTS = ("past", "participle", "ing")
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|these|those|of|in|on|for)\s+$", re.I)
PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|been|be|being|is|are|was|were)\s+(?:\w+ly\s+)?$")

def _verb_index():
    index = {}
    for group, (up, down) in VERB_GROUPS.items():
        for side, verbs in ((0, up), (1, down)):
            for forms in verbs:
                for slot in VERB_FORM_SLOTS:
                    index.setdefault(forms[slot], []).append((group, side, forms, slot))
    return index

VERB_INDEX = _verb_index()
VERB_WORD = re.compile(r"(?<!-)\b(" + "|".join(sorted(VERB_INDEX, key=len, reverse=True)) + r")\b(?!-)")
# Other senses of these verbs, by the words after them: "grew up", "fell ill", "dropped out", "backed down", "cut
# off"; an intransitive change before an object or a place is a movement ("climbed the hill", "fell into the river").
OTHER_SENSE_AFTER = re.compile(r"^\s+(?:up|down|out|off|away|apart|over|behind|through|back|in love|ill|asleep|silent|victim|short|prey)\b")
MOVEMENT_AFTER = re.compile(r"^\s+(?:the|a|an|his|her|their|its|into|onto|from|to the|on|off|through|across|down)\b")

def _verb_swap(s, rng, pick):
    candidates = []
    for m in VERB_WORD.finditer(s):
        before, after = s[:m.start()], s[m.end():]
        if DETERMINER_BEFORE.search(before) or OTHER_SENSE_AFTER.match(after):
            continue
        for group, side, forms, slot in VERB_INDEX[m.group(1)]:
            if group == "change-intransitive" and MOVEMENT_AFTER.match(after):
                continue
            # An outcome's -ing form is often a noun ("won backing", "supporting evidence").
            if group == "outcome" and slot == "ing":
                continue
            # A regular past form is a participle after "has" / "was"; an irregular one says which it is.
            if forms["past"] == forms["participle"] and slot in ("past", "participle"):
                slot = "participle" if PERFECT_BEFORE.search(before) else "past"
            candidates.append((m, group, side, forms, slot))
    rng.shuffle(candidates)
    for m, group, side, forms, slot in candidates:
        target = pick(group, side, forms, rng)
        if target is not None and target[slot] != m.group(1):
            return s[:m.start()] + target[slot] + s[m.end():]
    return None

def _by_base(group, side, base):
    return next((f for f in VERB_GROUPS[group][side] if f["base"] == base), None)

def _opposite(group, side, forms, rng):
    other = OPPOSITE.get(forms["base"]) if group == "outcome" else None
    found = _by_base(group, 1 - side, other) if other else None
    return found or rng.choice(VERB_GROUPS[group][1 - side][:3])

def _weaker(group, side, forms, rng):
    weaker = WEAKER.get(forms["base"])
    return _by_base(group, side, weaker) if weaker else None

def op_verb_flip(s, rng, ctx):
    out = _verb_swap(s, rng, _opposite)
    return (out, CONTRADICTION) if out else None

def op_verb_same(s, rng, ctx):
    out = _verb_swap(s, rng, _weaker)
    return (out, ENTAILMENT) if out else None

OPERATIONS = {
    "negation": op_negation,
    "negation-kept": op_negation_kept,
    "number": op_number,
    "number-hedge": op_number_hedge,
    "number-bound": op_number_bound,
    "none": op_none,
    "date": op_date,
    "entity": op_entity,
    "antonym": op_antonym,
    "synonym": op_synonym,
    "reporting": op_reporting,
    "reporting-same": op_reporting_same,
    "order": op_order,
    "list-item": op_list_item,
    "drop-modifier": op_drop_modifier,
    "add-modifier": op_add_modifier,
    "roles": op_roles,
    "clause": op_clause,
    "added": op_added,
    "same-paragraph": op_same_paragraph,
    "number-vague": op_number_vague,
    "none-elsewhere": op_none_elsewhere,
    "order-elsewhere": op_order_elsewhere,
    "reporting-elsewhere": op_reporting_elsewhere,
    "verb-flip": op_verb_flip,
    "verb-same": op_verb_same,
}
# Operations that pair a sentence with one from another document (they need `generate(..., elsewhere=...)`).
ELSEWHERE = {"none-elsewhere", "order-elsewhere", "reporting-elsewhere"}
# Operations whose premise may be the whole paragraph: those whose label holds against the paragraph too.
PARAGRAPH_OK = {"negation", "number", "number-bound", "none", "date", "entity", "antonym", "reporting", "order",
                "roles", "clause", "synonym", "reporting-same", "number-hedge", "list-item", "drop-modifier",
                "verb-flip", "verb-same"}

def sentences_of(paragraph):
    """Declarative sentences of 6 to 40 words (questions say nothing that could be contradicted)."""
    return [s for s in SENTENCE_END.split(paragraph) if 6 <= len(s.split()) <= 40 and not s.rstrip('"\' ').endswith("?")]

def generate(paragraphs, per_kind, rng, antonyms, synonyms, kinds=None, context_share=0.5, max_premise_words=80,
             fits=lambda premise, hypothesis: True, entity_skip_lists=False, elsewhere=None, limits=None):
    """per_kind pairs of each operation (fewer where the corpus runs out), from shuffled paragraphs. A paragraph
    is the premise only where the pair `fits` the model's window whole: a cut premise could lose the sentence
    that the label depends on. `limits` gives some operations another number of pairs than per_kind."""
    kinds = list(kinds or OPERATIONS)
    limit = {k: (limits or {}).get(k, per_kind) for k in kinds}
    out = {k: [] for k in kinds}
    order = list(range(len(paragraphs)))
    rng.shuffle(order)
    for position, index in enumerate(order):
        paragraph = paragraphs[index]
        sentences = sentences_of(paragraph)
        if not sentences:
            continue
        neighbour = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        ctx = {"paragraph": paragraph, "neighbour": neighbour, "sentences": sentences,
               "antonyms": antonyms, "synonyms": synonyms, "entity_skip_lists": entity_skip_lists,
               "elsewhere": elsewhere and (lambda word, test, avoid=index: elsewhere(word, test, avoid))}
        open_kinds = [k for k in kinds if len(out[k]) < limit[k]]
        if not open_kinds:
            break
        rng.shuffle(open_kinds)
        s = rng.choice(sentences)
        for kind in open_kinds[:3]:
            made = OPERATIONS[kind](s, rng, ctx)
            if made is None:
                continue
            hypothesis, label = made
            if isinstance(hypothesis, tuple):
                _, premise, hypothesis = hypothesis
            else:
                premise = s
                if kind in PARAGRAPH_OK and rng.random() < context_share and len(sentences) > 1 \
                        and len(paragraph.split()) <= max_premise_words and fits(paragraph, hypothesis):
                    premise = paragraph
            if premise.strip() == hypothesis.strip():
                continue
            out[kind].append((premise, hypothesis, label))
            break
    return out
