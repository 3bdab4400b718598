import { inFalseClaim } from './falsity.js';
import { contentStems, isStopword, overlap, readDirections, stemmer } from '../statements/words.js';
import { within } from './finding.js';
import { sentenceAt, sentencesAbout, sentencesMeet } from './sentences.js';
import type { AntonymFinding } from './finding.js';
import { entitiesOf } from './guards.js';
import { titleCase } from './names.js';
import { looseLemmaWords, type LemmaWord } from './lemmas.js';
import wordnet from './wordnet.json' with { type: 'json' };
import { defineCheck } from './check.js';
import { sameResult } from './roles.js';
import { directionOf } from './direction-words.js';
import { negationCues } from './negation.js';

/** Share of content words two statements must have in common before opposite words are looked for. */
export const ANTONYM_MIN_OVERLAP = 0.3;

/**
 * Marks a pair that judges one outcome, verdict or stance two ways, which a pair of statements sets against each
 * other only about the same thing: aligned words, one more shared word in the overlap test (`OUTCOMES`). Not kinds
 * that go together ("gold" / "silver" medals of one athlete) nor senses of their own ("survives to this day" /
 * "died").
 */
const OUTCOME = 'outcome';

/**
 * Opposites of news and debate language that WordNet's lexical antonym pointers lack (it links "approve"
 * only to "disapprove" and has no antonym for "support", "ban", "veto" or "suspend"). Both directions are added.
 */
export const EXTRA_ANTONYMS: readonly (readonly [string, string, typeof OUTCOME?])[] = [
  ['support', 'oppose', OUTCOME],
  ['approve', 'reject', OUTCOME],
  ['ban', 'allow'],
  ['ban', 'permit'],
  ['prohibit', 'allow'],
  ['prohibit', 'permit'],
  ['lift', 'impose'],
  ['slow', 'accelerate'],
  ['veto', 'sign'],
  ['suspend', 'resume'],
  ['join', 'leave'],
  // Sixteenth round: outcomes, states and kinds that news and encyclopaedias set against each other.
  ['profit', 'loss', OUTCOME],
  ['peaceful', 'violent'],
  ['survive', 'die'],
  ['abolish', 'retain'],
  ['abolish', 'keep'],
  ['praise', 'condemn'],
  ['safe', 'unsafe'],
  ['friend', 'enemy'],
  ['ally', 'enemy'],
  ['mandatory', 'voluntary'],
  ['temporary', 'permanent'],
  ['married', 'divorced'],
  ['ancient', 'modern'],
  ['fiction', 'nonfiction'],
  ['herbivore', 'carnivore'],
  ['democrat', 'republican'],
  ['gold', 'silver'],
  ['gold', 'bronze'],
  ['silver', 'bronze'],
  // Twenty-first round: an outcome and its opposite as news and encyclopaedias write them.
  ['extinct', 'survive'],
  ['extinct', 'alive'],
  ['acquit', 'convict', OUTCOME],
  ['flop', 'success', OUTCOME],
  ['profitable', 'loss', OUTCOME],
  // Twenty-third round: causes and standings.
  ['deliberate', 'accidental', OUTCOME],
  ['deliberately', 'accidentally', OUTCOME],
  ['deliberately', 'accident', OUTCOME],
  ['deliberate', 'accident', OUTCOME],
  ['ahead', 'behind'],
  // A bill or deal decided against ("vetoed", "blocked") and for ("approved"; "veto" / "sign" above).
  ['veto', 'approve', OUTCOME],
  ['block', 'approve', OUTCOME],
  // Twenty-fifth round: verdicts, votes, fortunes, stances and authenticity ("found guilty" / "cleared of",
  // "confirmed her nomination" / "rejected", "a box-office hit" / "flopped", "opposed" / "in favour of").
  ['guilty', 'acquit', OUTCOME],
  ['guilty', 'clear', OUTCOME],
  ['convict', 'clear', OUTCOME],
  ['confirm', 'reject', OUTCOME],
  ['concede', 'win', OUTCOME],
  ['hit', 'flop', OUTCOME],
  ['oppose', 'favour', OUTCOME],
  ['oppose', 'favor', OUTCOME],
  ['genuine', 'fake', OUTCOME],
  ['authentic', 'fake', OUTCOME],
  ['genuine', 'forgery', OUTCOME],
  ['authentic', 'forgery', OUTCOME],
  // Twenty-seventh round: a deal blocked against cleared, and people unharmed against killed or hurt.
  ['block', 'clear', OUTCOME],
  // Thirtieth round: a book's sales and a court's ruling.
  ['failure', 'bestseller', OUTCOME],
  ['flop', 'bestseller', OUTCOME],
  ['uphold', 'overturn', OUTCOME],
  // A team's season: up a division against down.
  ['promote', 'relegate', OUTCOME],
  // A plan dropped against approved.
  ['scrap', 'approve', OUTCOME],
  ['shelve', 'approve', OUTCOME],
  ['abandon', 'approve', OUTCOME],
  ...(['unharmed', 'unhurt', 'uninjured'] as const).flatMap((safe) => (['kill', 'injure', 'hurt', 'wound'] as const).map((harm) => [safe, harm, OUTCOME] as const)),
];

/**
 * A verb that undoes the word after it: "lifted the ban" allows, "ended the ban" / "repealed the prohibition"
 * too. An opposite word right after one of these is skipped ("The government lifted the ban on imports" /
 * "Imports are allowed again").
 */
const UNDONE = /\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|overturn(?:s|ed|ing)?|repeal(?:s|ed|ing)?|scrap(?:s|ped|ping)?|revok(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|rescind(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const undone = (text: string, word: LemmaWord) => UNDONE.test(text.slice(Math.max(0, word.span.start - 40), word.span.start));

/**
 * "conceded" of a score or a point made, not of a contest ("conceded two goals", "conceded that the plan was
 * late"): no opposite of "won".
 */
const CONCEDED_SCORE = /^\s+(?:(?:a|an|the|only|just|two|three|four|five|\d+|\w+)\s+)?(?:goals?|penalt(?:y|ies)|points?|runs?|wickets?|tries|try|corners?|sets?|that)\b/iu;
const concededScore = (text: string, word: LemmaWord) => word.lemmas.includes('concede') && CONCEDED_SCORE.test(text.slice(word.span.end, word.span.end + 40));

/** "aged" of an age given after it ("children aged five to eleven", "aged between 18 and 30"), not "old". */
const AGE_GIVEN = /^\s+(?:\d|between\b|from\b|under\b|over\b|up\s+to\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/iu;
const ageGiven = (text: string, word: LemmaWord) => word.lower === 'aged' && AGE_GIVEN.test(text.slice(word.span.end, word.span.end + 20));

/**
 * Words that rule a thing out before it, besides the negation cues: "has ruled out raising", "has no plans to
 * close", "has no intention of selling".
 */
const RULED_OUT = /\b(?:rul(?:e|es|ed|ing)\s+out|no\s+(?:plans?|intention)\s+(?:to|of))\b/gi;
/** Words between a negation and the word it negates that end its reach: a clause's end or a conjunction. */
const SCOPE_BREAK = /[,;:.!?()]|\b(?:and|but|while|whereas|although|though|because|which|who|when|after|before|if)\b/i;
/** How far after a negation a word is in its reach, in characters ("denied that the hospital would be closed"). */
const NEGATION_REACH = 50;
/** Cues that negate a subject before its verb: "no libraries would close", "denied that the hospital would be closed". */
const SUBJECT_CUE = /^(?:no|none|nothing|nobody|denied|denies|deny)$/i;
/** "with no shirt", "without": a thing's absence, not a negated verb after it ("A boy with no shirt is standing"). */
const ABSENCE = /\bwith\s*$/i;
/**
 * Whether a word is negated or ruled out in its clause: the word right after a negation of a verb, adverbs and
 * auxiliaries aside ("did not really win", "has no plans to close"), or after a subject a cue negates ("no
 * libraries would close"). Not a word inside what follows the negated verb ("cannot land a private jet": "land"
 * is negated, not "private").
 */
function negatedWord(text: string, word: LemmaWord): boolean {
  const cues = [...negationCues(text), ...Array.from(text.matchAll(RULED_OUT), (m) => ({ text: m[0], span: { start: m.index, end: m.index + m[0].length } }))];
  return cues.some((cue) => {
    if (cue.span.end > word.span.start || word.span.start - cue.span.end > NEGATION_REACH || /^without$/i.test(cue.text)) return false;
    const between = text.slice(cue.span.end, word.span.start);
    if (SCOPE_BREAK.test(between) || ABSENCE.test(text.slice(Math.max(0, cue.span.start - 6), cue.span.start))) return false;
    const content = (between.match(/[\p{L}'’-]+/gu) ?? []).filter((w) => !isStopword(w.toLowerCase()) && !/ly$/i.test(w));
    return content.length <= (SUBJECT_CUE.test(cue.text) ? 1 : 0);
  });
}

const ANTONYMS = new Map<string, Set<string>>(Object.entries(wordnet.antonyms).map(([word, opposites]) => [word, new Set(opposites)]));
/** The pairs of `EXTRA_ANTONYMS`, both ways ("lift|impose", "impose|lift"), and those marked `OUTCOME`. */
const CURATED = new Set<string>();
const OUTCOMES = new Set<string>();
for (const [a, b, kind] of EXTRA_ANTONYMS) {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    ANTONYMS.set(x, new Set([...(ANTONYMS.get(x) ?? []), y]));
    CURATED.add(`${x}|${y}`);
    if (kind === OUTCOME) OUTCOMES.add(`${x}|${y}`);
  }
}

/**
 * WordNet 3.1 antonym pairs (the `!` pointers of adjectives, verbs, adverbs and nouns), from the compact
 * table that scripts/build-wordnet.mjs makes (src/checks/wordnet.json), and `EXTRA_ANTONYMS`.
 */
export function antonymsOf(lemma: string): ReadonlySet<string> | undefined {
  return ANTONYMS.get(lemma);
}

/**
 * A word in one statement whose WordNet antonym is in the other ("won" / "lost", "increased" / "decreased").
 * (A change up against a change down of the same thing, with less in common, is the direction check's.)
 */
export function antonymFindings(first: string, second: string): AntonymFinding[] {
  // "Iran sold drones to Russia" / "Russia bought drones from Iran": converse verbs with the roles
  // swapped say the same thing.
  if (rolesSwapped(first, second)) return [];
  // Opposite words matter between statements about the same thing; skip the lemmas otherwise. Two opposite words
  // of one outcome (`OUTCOMES`) are aligned themselves, so they count as one more shared word where
  // another is shared ("The film was a box-office flop" / "The film was a huge commercial success": "film", and
  // "flop" / "success"); WordNet's pairs are not ("A man pulling a cart" / "A woman is pushing a pram").
  const stems = [contentStems(first), contentStems(second)] as const;
  const aligned = overlap(...stems) >= ANTONYM_MIN_OVERLAP ? 0 : 1;
  if (aligned > 0 && overlap(...stems, aligned) < ANTONYM_MIN_OVERLAP) return [];
  // Between an evidence text and its claim, the evidence's words in the sentences about the claim only: an
  // article's "full" and a summary's "emptied" may be sentences apart.
  const directions = readDirections(first, second);
  const allA = looseLemmaWords(first);
  const allB = looseLemmaWords(second);
  const near = (words: readonly LemmaWord[], long: string, claim: string) => {
    const spans = sentencesAbout(long, claim, ANTONYM_MIN_OVERLAP, aligned);
    return words.filter((word) => spans.some((span) => within(word.span, span)));
  };
  const a = directions === 'forward' ? near(allA, first, second) : allA;
  const b = directions === 'backward' ? near(allB, second, first) : allB;
  // Between two texts of several sentences each, two words in sentences about the same thing ("male" and
  // "female" of two paragraphs on two volleyball players are not).
  const several = directions === 'both' && /[.!?]\s+\S/.test(first.trim()) && /[.!?]\s+\S/.test(second.trim());
  const local = several ? (x: LemmaWord, y: LemmaWord) => sentencesMeet(first, x.span.start, second, y.span.start, ANTONYM_MIN_OVERLAP, 0, aligned) : undefined;
  const found = firstOpposite(first, second, a, b, allA, allB, local, aligned > 0);
  if (found && inFalseClaim(first, second, found[0].span, found[1].span)) return [];
  // "The team lost the final to Brazil" / "Brazil won the final": one result, told from each side.
  if (found && RESULT_WORD.test(found[0].lower) && RESULT_WORD.test(found[1].lower) && sameResult(first, second)) return [];
  // "Newspaper sold to billionaire" / "The billionaire has bought the newspaper": one sale, told from each side.
  if (found && oneSale(first, found[0], second, found[1])) return [];
  return found
    ? [{ kind: 'antonym', first: { text: found[0].text, span: found[0].span }, second: { text: found[1].text, span: found[1].span }, ...(found[2] ? { curated: true as const } : {}) }]
    : [];
}

// The first word of `a` with a lemma whose antonym is a lemma of a word of `b` (words both sides have, anywhere
// in them, are skipped).
function firstOpposite(
  first: string,
  second: string,
  a: readonly LemmaWord[],
  b: readonly LemmaWord[],
  allA = a,
  allB = b,
  local?: (x: LemmaWord, y: LemmaWord) => boolean,
  outcomesOnly = false,
): [LemmaWord, LemmaWord, boolean] | undefined {
  const aWords = new Set(allA.map((w) => w.lower));
  const bWords = new Set(allB.map((w) => w.lower));
  const bLemmas = new Map<string, LemmaWord[]>();
  for (const word of b) if (!aWords.has(word.lower)) for (const lemma of word.lemmas) bLemmas.set(lemma, [...(bLemmas.get(lemma) ?? []), word]);
  for (const word of a) {
    if (bWords.has(word.lower)) continue;
    for (const lemma of word.lemmas) {
      for (const antonym of antonymsOf(lemma) ?? []) {
        if (outcomesOnly && !OUTCOMES.has(`${lemma}|${antonym}`)) continue;
        // The last word of `b` with the antonym first, then the earlier ones.
        const matches = [...(bLemmas.get(antonym) ?? [])].reverse();
        // Two words of change ("rose" / "fell") are the direction check's, which asks whether the same thing
        // changed.
        if (matches.length === 0 || (directionOf(word) !== undefined && directionOf(matches[0]!) !== undefined)) continue;
        // (Only the last unless the words must be in sentences about the same thing.)
        for (const match of local ? matches : matches.slice(0, 1)) {
          // Undone by the verb before it ("lifted the ban" / "allowed").
          if (undone(first, word) || undone(second, match)) continue;
          if (concededScore(first, word) || concededScore(second, match) || ageGiven(first, word) || ageGiven(second, match)) continue;
          // One of the two negated or ruled out: they agree ("no libraries would close" / "keep every library
          // open", "denied that the hospital would be closed" / "would stay open").
          if (negatedWord(first, word) !== negatedWord(second, match)) continue;
          // A word of a name of several words is the name's ("the Second World War" / "first published"): set
          // only against a capitalised word.
          if ((inLongName(first, word) && !capitalised(match)) || (inLongName(second, match) && !capitalised(word))) continue;
          if (local && !local(word, match)) continue;
          const curated = CURATED.has(`${lemma}|${antonym}`);
          // A curated verb is not its noun in "-er" ("trail" of "trailer"), which WordNet's rules read as a comparative.
          if (curated && (agentNoun(word, lemma) || agentNoun(match, antonym))) continue;
          return [word, match, curated];
        }
      }
    }
  }
  return undefined;
}

const agentNoun = (word: LemmaWord, lemma: string) => word.lower === `${lemma}er` || word.lower === `${lemma}r`;
const capitalised = (word: LemmaWord) => /^\p{Lu}/u.test(word.text);
/** A capitalised word beside another ("Second" of "the Second World War"), not at a sentence's start nor in a title-case heading. */
function inLongName(text: string, word: LemmaWord): boolean {
  if (!word.proper || titleCase(text)) return false;
  return /\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(Math.max(0, word.span.start - 30), word.span.start)) || /^[ \t]+\p{Lu}/u.test(text.slice(word.span.end, word.span.end + 3));
}

/** The party after "to" of a sale or "from" of a purchase, in the words after the verb's clause ("sold ... to the billionaire"). */
const SOLD_TO = /^[^.;!?]{0,40}?\bto\s+(?:the\s+|a\s+|an\s+)?([\p{L}'’-]+)/iu;
const BOUGHT_FROM = /^[^.;!?]{0,40}?\bfrom\s+(?:the\s+|a\s+|an\s+)?([\p{L}'’-]+)/iu;

/**
 * Whether "sell" on one side and "buy" on the other tell one sale: the buyer the seller's side names after "to"
 * is named before "buy" on the other side, or the seller the buyer's side names after "from" before "sell".
 */
function oneSale(first: string, a: LemmaWord, second: string, b: LemmaWord): boolean {
  const sides: [LemmaWord, string, LemmaWord, string] | undefined =
    a.lemmas.includes('sell') && b.lemmas.includes('buy') ? [a, first, b, second] : b.lemmas.includes('sell') && a.lemmas.includes('buy') ? [b, second, a, first] : undefined;
  if (!sides) return false;
  const [sell, sellText, buy, buyText] = sides;
  const party = (text: string, word: LemmaWord, pattern: RegExp) => pattern.exec(text.slice(word.span.end))?.[1]?.toLowerCase();
  const before = (text: string, word: LemmaWord) => contentStems(text.slice(sentenceAt(text, word.span.start)?.span.start ?? 0, word.span.start));
  const buyer = party(sellText, sell, SOLD_TO);
  const seller = party(buyText, buy, BOUGHT_FROM);
  return (buyer !== undefined && before(buyText, buy).has(stemmer(buyer))) || (seller !== undefined && before(sellText, sell).has(stemmer(seller)));
}

/** Words of a contest's result, whose opposites (`sameResult`) may tell one result. */
const RESULT_WORD = /^(?:won|wins|win|winning|lost|loses|lose|losing|beat|beaten|defeat(?:s|ed)?)$/;

function rolesSwapped(first: string, second: string): boolean {
  const a = entitiesOf(first);
  const b = entitiesOf(second);
  return a.length >= 2 && b.length >= 2 && a[0] === b[1] && a[1] === b[0];
}

export const antonymCheck = defineCheck({
  kind: 'antonym',
  feature: 'antonym',
  role: 'finding',
  run: (first, second) => antonymFindings(first.text, second.text),
  // An opposite of news language that WordNet lacks counts twice: the model, trained with WordNet's pairs
  // among others, knows those better ("lifted the ban" / "imposed a ban" scored 0.13 with one count).
  value: (reasons: readonly AntonymFinding[]) => (reasons.some((reason) => reason.curated) ? 2 : 1),
  describe: (reason: AntonymFinding) => `opposite words: "${reason.first.text}" vs "${reason.second.text}"`,
});
