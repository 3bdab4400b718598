import { matchEvidence, type DifferentSubject, type Side, type UpdateFinding } from './finding.js';
import { isStopword, readDirections } from '../statements/words.js';
import { bySide, defineCheck } from './check.js';

const CAPITALISED = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;
// Capitalised, but names of days and months say nothing about the subject.
export const CALENDAR: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // Months as news abbreviates them ("the weekend of Dec. 31"); not "Mar", "Sun", "Sat" and the like, which name things too.
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec',
]);
/** Two names are the same entity when they share this many leading letters ("Iran" / "Iranian"). */
const ENTITY_PREFIX = 4;

export function entitiesOf(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) {
    for (const word of match[0].toLowerCase().replace(/['’]s\b/g, '').split(/\s+/)) {
      if (!isStopword(word) && !CALENDAR.has(word) && word.length > 1) out.add(word);
    }
  }
  return [...out];
}

function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= ENTITY_PREFIX && a.slice(0, ENTITY_PREFIX) === b.slice(0, ENTITY_PREFIX) && (a.startsWith(b.slice(0, n)) || b.startsWith(a.slice(0, n)));
}

// Who says it is not what it is about: "Kyiv says the drones ..." and "..., according to the air force".
const ATTRIBUTION_PREFIX = /^[^,;:]{0,80}?\b(?:said|says|say|told|reported|reports|claimed|claims|stated|announced|believes?|added)\b(?:\s+that\b)?/i;
const ATTRIBUTION_TAIL = 160;
// (Also the reports a statement answers: "Tom Hale not dead, despite internet reports", "contrary to rumours".)
const ATTRIBUTION_SUFFIX = /(?:,?\s*according to\b[^,;]*|,?\s*(?:despite|contrary to|amid)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:reports?|rumou?rs?|claims?|speculation)\b[^,;]*|,\s*(?:an?\s+|the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}\s+(?:said|says|reported)(?:\s+[\w'’]+){0,3})[.!?]?\s*$/i;

/** The claim of a statement without its attribution ("Kyiv says ..."), for comparing subjects. */
export function withoutAttribution(text: string): string {
  return withoutPrefix(withoutAttributionSuffix(text));
}

/** A statement without a trailing attribution (", the company said", "according to ..."), a prefix of it. */
export function withoutAttributionSuffix(text: string): string {
  // The suffix is looked for in the last characters only (the pattern is quadratic on long whitespace runs).
  const cut = Math.max(0, text.length - ATTRIBUTION_TAIL);
  return text.slice(0, cut) + text.slice(cut).replace(ATTRIBUTION_SUFFIX, '');
}

function withoutPrefix(text: string): string {
  const claim = text.replace(ATTRIBUTION_PREFIX, '');
  return claim.trim().length > 0 ? claim : text;
}

/** Both statements name entities and share none: probably two different subjects or events. */
export function differentSubject(first: string, second: string): DifferentSubject[] {
  const a = entitiesOf(withoutAttribution(first));
  const b = entitiesOf(withoutAttribution(second));
  if (a.length === 0 || b.length === 0) return [];
  if (a.some((x) => b.some((y) => sameEntity(x, y)))) return [];
  return [{ kind: 'different-subject', first: a, second: b }];
}

const UPDATE_CUE =
  /\b(previously|earlier|formerly|initially|at first|originally|later|subsequently|since then|has since|have since|now|no longer|any more|anymore|updated|revised|corrected|retracted|reversed|changed)\b/i;
/**
 * Statements made this far apart are taken as an update of each other rather than a contradiction, if they
 * conflict. A week: reports of one news cycle (days apart) still count as contradicting each other.
 */
const UPDATE_MIN_DAYS = 7;

/**
 * A time cue ("previously", "now", "no longer") or statement dates that differ: an update or reversal.
 * With `cues: false` only the dates count.
 */
export function updateFindings(first: string, second: string, firstDate?: string, secondDate?: string, cues = true): UpdateFinding[] {
  for (const [side, text] of cues ? ([['first', first], ['second', second]] as [Side, string][]) : []) {
    const match = UPDATE_CUE.exec(text);
    if (match) return [{ kind: 'update', side, cue: matchEvidence(match) }];
  }
  if (firstDate && secondDate && Math.abs(Date.parse(firstDate) - Date.parse(secondDate)) >= UPDATE_MIN_DAYS * 86_400_000) {
    return [{ kind: 'update', dates: { first: firstDate, second: secondDate } }];
  }
  return [];
}

export const differentSubjectCheck = defineCheck({
  kind: 'different-subject',
  feature: 'different_subject',
  role: 'guard',
  run: (first, second) => differentSubject(first.text, second.text),
  describe: (reason: DifferentSubject) => `different subjects: ${reason.first.join(', ')} vs ${reason.second.join(', ')}`,
});

export const updateCheck = defineCheck({
  kind: 'update',
  feature: 'update',
  role: 'guard',
  // Time cues count between statements of similar length: an article is full of "now" and "later" that
  // say nothing about the claim it is read against (the statements' dates still count).
  run: (first, second) => updateFindings(first.text, second.text, first.date, second.date, readDirections(first.text, second.text) === 'both'),
  describe: (reason: UpdateFinding) =>
    reason.cue
      ? `possibly an update: "${reason.cue.text}" in the ${reason.side} statement`
      : `possibly an update: stated on ${reason.dates?.first.slice(0, 10)} and ${reason.dates?.second.slice(0, 10)}`,
  evidence: (reason: UpdateFinding) => bySide(reason.side ?? 'first', [reason.cue]),
});
