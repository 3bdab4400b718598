import { bySide, defineCheck } from './check.js';
import { matchEvidence, type Evidence, type Side } from './finding.js';
import { negationCues } from './negation.js';
import { propositionOverlap, propositionWords, sameObject } from './proposition.js';

/** "for the first time", "first-ever", "never before": the event had not happened earlier. */
const FIRST = /\b(?:for the first time|first[- ]ever|never before)\b/i;
/** "had previously", "already", "again": the event had happened earlier. */
const EARLIER = /\b(?:previously|already|again|once more|in the past|had earlier|as before)\b/i;
// When it happened is not what happened: "this week" may be missing on the other side.
const TIME_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'today', 'yesterday', 'morning', 'evening', 'night', 'time', 'weekend', 'spring', 'summer', 'autumn', 'winter']);
/** Event words the two statements must share, and their share of the smaller side. */
export const FIRST_TIME_MIN_SHARED = 2;
export const FIRST_TIME_MIN_SHARE = 0.6;

/** One statement says an event happened for the first time; the other, that it had happened before. */
export interface FirstTimeFinding {
  readonly kind: 'first-time';
  /** The side that says "for the first time". */
  readonly side: Side;
  readonly first: Evidence;
  readonly earlier: Evidence;
}

/** "Iran sent drones to Russia for the first time" against "Iran had previously sent drones to Russia". */
export function firstTimeFindings(first: string, second: string): FirstTimeFinding[] {
  for (const [side, a, b] of [['first', first, second], ['second', second, first]] as const) {
    const cue = FIRST.exec(a);
    const earlier = cue ? EARLIER.exec(b) : null;
    if (!cue || !earlier || FIRST.test(b) || negationCues(a).length > 0 || negationCues(b).length > 0) continue;
    const event = propositionWords(a, 0, a.length, true).filter((w) => !/^(first|time|ever|never)$/.test(w.lower));
    const other = propositionWords(b, 0, b.length, true);
    const { shared, share } = propositionOverlap(event, other);
    if (shared < FIRST_TIME_MIN_SHARED || share < FIRST_TIME_MIN_SHARE) continue;
    // The same thing: every noun of the event is on the other side ("drones", not "food aid").
    if (!sameObject(event.filter((word) => !TIME_WORDS.has(word.lower)), other)) continue;
    return [{ kind: 'first-time', side, first: matchEvidence(cue), earlier: matchEvidence(earlier) }];
  }
  return [];
}

export const firstTimeCheck = defineCheck({
  kind: 'first-time',
  feature: 'first_time',
  role: 'finding',
  run: (first, second) => firstTimeFindings(first.text, second.text),
  describe: (reason: FirstTimeFinding) => `"${reason.first.text}" in the ${reason.side} statement against "${reason.earlier.text}" in the other`,
  evidence: (reason: FirstTimeFinding) => bySide(reason.side, [reason.first], [reason.earlier]),
});
