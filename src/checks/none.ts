import { isStopword } from '../statements/words.js';
import { bySide, defineCheck } from './check.js';
import { matchEvidence, type Evidence, type Side } from './finding.js';
import { looseLemmaWords, type LemmaWord } from './lemmas.js';
import { negationCues } from './negation.js';
import { propositionOverlap, propositionWords, sameWord } from './proposition.js';

/**
 * "no drones", "not a single drone", "none of the drones", "denied sending any drones": zero of a thing. "without"
 * only before what a news report says was done or happened without ("released without charge", "ended without
 * injury"): elsewhere it is often a condition ("can't win without a healthy economy") or a description ("a man
 * without a shirt" / "shirtless").
 */
const NONE = /\b(?:no|zero|not\s+(?:a\s+single|any)|never\s+any|none\s+of\s+the|without\s+any|without(?:\s+an?)?(?=\s+(?:charges?|injur(?:y|ies)|casualt(?:y|ies)|incident|bail|trial|warning|permission|warrants?|fight|vote|licen[cs]e)\b)|den(?:y|ies|ied|ying)\s+\w+ing\s+any)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/giu;
/** A participle after the absent thing: it ends the thing's words ("no lead found"). */
const PARTICIPLE = /^(?:[\p{L}-]{3,}ed|found|seen|made|given|taken|known|shown|left|done|heard|held|brought|caught)$/iu;
// "no one", "no longer", "no doubt": not a count of anything.
const NOT_A_THING = new Set(['one', 'longer', 'doubt', 'matter', 'way', 'sign', 'more', 'less', 'other', 'such', 'comment', 'need', 'reason', 'plans', 'plan', 'intention']);
// The other side only plans, asks or supposes: "Iran planned to send missiles" asserts no missiles.
const IRREALIS = /\b(?:plan(?:s|ned|ning)?|would|could|may|might|will|intend\w*|threat\w*|if|whether|ask\w*|request\w*|seek\w*|sought|want\w*|propos\w*|consider\w*|expect\w*|hope\w*)\b/i;
/**
 * The thing is what was called off or stopped on the other side ("cancelled all flights to the island", "halted
 * the shipments"): none of it went ahead, as the side saying none says ("No flights to the island operated").
 */
const PREVENTED_BEFORE = /\b(?:cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)?\s+off|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|ground(?:s|ed|ing)?|scrap(?:s|ped|ping)?|axe[sd]?|axing|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|ban(?:s|ned|ning)?|prevent(?:s|ed|ing)?)\s+(?:(?:all|the|its|their|every|any|of|further|future|remaining)\s+)*(?:[\p{L}'’-]+\s+)?$/iu;
/** Words other than the thing itself that the two statements must share, and their share of the smaller side. */
export const NONE_MIN_SHARED = 1;
export const NONE_MIN_SHARE = 0.34;

/** One statement says there were none of a thing; the other states or counts some. */
export interface NoneFinding {
  readonly kind: 'none-vs-some';
  /** The side that says none. */
  readonly side: Side;
  readonly none: Evidence;
  readonly some: Evidence;
}

/** What the absent thing is of or about: "no agreement on a ceasefire", "no evidence of fraud". */
const COMPLEMENT = /^\s+(?:on|of|for|over|about|to|with)\s+(?:(?:a|an|the|any|its|their|his|her)\s+)?([\p{L}'’-]+)/u;

/**
 * The absent thing's complement is said on the other side too ("Talks collapsed without any agreement on a
 * ceasefire" / "The leaders agreed to a ceasefire"): the same thing, whatever else the none side adds.
 */
function complementShared(none: string, head: Evidence, otherWords: readonly LemmaWord[]): boolean {
  const match = COMPLEMENT.exec(none.slice(head.span.end));
  if (!match) return false;
  const start = head.span.end + match[0].length - match[1]!.length;
  const word = looseLemmaWords(none).find((w) => w.span.start === start);
  return word !== undefined && !isStopword(word.lower) && otherWords.some((o) => sameWord(o, word));
}

export function noneMentions(text: string): { cue: Evidence; head: Evidence }[] {
  const out: { cue: Evidence; head: Evidence }[] = [];
  for (const match of text.matchAll(NONE)) {
    // The counted thing is the last word before a function word: "no Iranian missiles had been" -> "missiles".
    const words = match[1]!.split(/\s+/);
    // Up to a function word, or a participle after the first word ("no lead found", "no bodies recovered").
    const stop = words.findIndex((word, k) => isStopword(word.toLowerCase()) || (k > 0 && PARTICIPLE.test(word)));
    const kept = stop === -1 ? words : words.slice(0, stop);
    const head = kept.at(-1);
    // (Nor the words after "no longer", "no doubt": "Iran no longer sends drones" counts no drones.)
    if (!head || NOT_A_THING.has(head.toLowerCase()) || NOT_A_THING.has(words[0]!.toLowerCase())) continue;
    const headStart = match.index + match[0].indexOf(kept.join(' ')) + kept.join(' ').length - head.length;
    out.push({ cue: matchEvidence(match), head: { text: head, span: { start: headStart, end: headStart + head.length } } });
  }
  return out;
}

/**
 * "A spokesman said no Iranian drones had been delivered" against "the drones delivered by Iran hit Kyiv":
 * none on one side; on the other, the same thing stated as there, about the same event.
 */
export function noneFindings(first: string, second: string): NoneFinding[] {
  for (const [side, none, other] of [['first', first, second], ['second', second, first]] as const) {
    const mentions = noneMentions(none);
    if (mentions.length === 0 || negationCues(other).length > 0 || IRREALIS.test(other)) continue;
    const otherWords = looseLemmaWords(other);
    const noneWords = looseLemmaWords(none);
    for (const { cue, head } of mentions) {
      const headWord = noneWords.find((word) => word.span.start === head.span.start);
      if (!headWord) continue;
      const some = otherWords.find((word) => sameWord(word, headWord));
      if (!some || PREVENTED_BEFORE.test(other.slice(Math.max(0, some.span.start - 40), some.span.start))) continue;
      const rest = propositionWords(none).filter((word) => word.span.start !== head.span.start);
      const otherRest = propositionWords(other).filter((word) => word.span.start !== some.span.start);
      const { shared, share } = propositionOverlap(rest, otherRest);
      if (shared < NONE_MIN_SHARED || (share < NONE_MIN_SHARE && !complementShared(none, head, otherRest))) continue;
      return [{ kind: 'none-vs-some', side, none: cue, some: { text: some.text, span: some.span } }];
    }
  }
  const implied = impliedNone(first, second);
  return implied ? [implied] : [];
}

/**
 * None said in other words, in the two places news most often says it: casualties ("no one was killed",
 * "there were no injuries", "everyone on board survived") and votes ("passed unanimously").
 */
const NO_DEATHS =
  /\b(?:(?:no\s+one|nobody|none)\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?(?:killed|died)|no\s+(?:deaths|fatalities|one\s+died)|(?:everyone|everybody|all\b[^.;:]{0,50}?)\s+(?:\w+\s+){0,3}?survived)\b/i;
const NO_HARM =
  /\b(?:(?:no\s+one|nobody|none)\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?(?:hurt|injured|harmed|wounded)|no\s+(?:injuries|casualties)|(?:everyone|everybody|all\b[^.;:]{0,50}?)\s+(?:\w+\s+){0,3}?(?:escaped|were|was|are|is|walked\s+away)\s+(?:unharmed|unhurt|uninjured))\b/i;
const UNANIMOUS = /\bunanimous(?:ly)?\b/i;
const COUNT = '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several|some|many|a\\s+few|a\\s+number)';
// A count before the word ("12 people were killed") or after the verb ("killed at least 12 people").
const HEDGE = '(?:(?:at\\s+least|more\\s+than|over|about|around|nearly|almost|some)\\s+)?';
const SOME_DEATHS = new RegExp(`\\b${COUNT}\\b[^.;:]{0,40}?\\b(?:killed|died|dead|deaths|fatalities|perished)\\b|\\bkill(?:s|ed|ing)?\\s+${HEDGE}${COUNT}\\b`, 'i');
const SOME_HARM = new RegExp(`\\b${COUNT}\\b[^.;:]{0,40}?\\b(?:injured|hurt|wounded|injuries|casualties)\\b|\\b(?:injur|wound)(?:es|ed|ing|e|s)?\\s+${HEDGE}${COUNT}\\b`, 'i');
const SOME_AGAINST = new RegExp(`\\b${COUNT}\\b[^.;:]{0,40}?\\bvoted\\s+against\\b`, 'i');

// The content words of a text outside a match: what else it says.
const wordsOutside = (text: string, match: RegExpExecArray) =>
  propositionWords(text).filter((word) => word.span.end <= match.index || word.span.start >= match.index + match[0].length);

function impliedNone(first: string, second: string): NoneFinding | undefined {
  for (const [side, none, other] of [['first', first, second], ['second', second, first]] as const) {
    // "Not all passengers survived" says some did not; the other side must state its count plainly.
    if (/\bnot\s+(?:all|everyone|everybody)\b/i.test(none) || negationCues(other).length > 0 || IRREALIS.test(other)) continue;
    const pairs: [RegExpExecArray | null, RegExp[]][] = [
      [NO_HARM.exec(none), [SOME_HARM, SOME_DEATHS]],
      [NO_DEATHS.exec(none), [SOME_DEATHS]],
      [UNANIMOUS.exec(none), [SOME_AGAINST]],
    ];
    for (const [cue, against] of pairs) {
      if (!cue) continue;
      for (const pattern of against) {
        const some = pattern.exec(other);
        if (!some) continue;
        // About the same event: a content word besides the cues in common ("the crash", "the measure").
        if (propositionOverlap(wordsOutside(none, cue), wordsOutside(other, some)).shared < NONE_MIN_SHARED) continue;
        return { kind: 'none-vs-some', side, none: matchEvidence(cue), some: matchEvidence(some) };
      }
    }
  }
  return undefined;
}

export const noneCheck = defineCheck({
  kind: 'none-vs-some',
  feature: 'none_vs_some',
  role: 'finding',
  run: (first, second) => noneFindings(first.text, second.text),
  describe: (reason: NoneFinding) => `none against some: "${reason.none.text}" in the ${reason.side} statement, "${reason.some.text}" in the other`,
  evidence: (reason: NoneFinding) => bySide(reason.side, [reason.none], [reason.some]),
});
