import { defineCheck } from './check.js';
import type { Evidence } from './finding.js';
import type { LemmaWord } from './lemmas.js';
import { negationCues } from './negation.js';
import { readDirections } from '../statements/words.js';
import { propositionOverlap, propositionWords, sameWord } from './proposition.js';

/** "before the war started", "long after the war began", "prior to the invasion", "ahead of the vote". */
const MARKER = /\b(?:(?:long|shortly|just|well|soon|days|weeks|months|years|hours)\s+)?(before|prior to|ahead of|after|following)\s+/i;
const BEFORE = new Set(['before', 'prior to', 'ahead of']);
// The anchor event ends at the clause: punctuation or a conjunction.
const ANCHOR_END = /[,.;:!?]|\s(?:and|but|while|when|as|because)\s/;
// Verbs that say an event began or ended: "the war started" and "the war began" anchor the same point.
const BEGIN = new Set(['start', 'begin', 'began', 'begun', 'commence', 'launch', 'outbreak', 'open']);
const END = new Set(['end', 'finish', 'conclude', 'close', 'over']);

/** Event words the two statements must share, and their share of the smaller side. */
export const ORDER_MIN_SHARED = 2;
export const ORDER_MIN_SHARE = 0.4;

/** The same event placed before an anchor in one statement and after it in the other. */
export interface OrderFinding {
  readonly kind: 'event-order';
  readonly first: Evidence;
  readonly second: Evidence;
  /** The anchor event, as the first statement names it ("the war started"). */
  readonly anchor: string;
}

export interface Ordered {
  relation: 'before' | 'after';
  marker: Evidence;
  event: LemmaWord[];
  anchor: LemmaWord[];
  anchorText: string;
}

// "named after the Hellweg", "took after his father", "looked after", "after all": not an order in time.
const NOT_TIME = /\b(?:(?:re)?named|called|modell?ed|patterned|styled|look(?:s|ed|ing)?|t(?:ake|akes|aking|aken|ook)|chas(?:e|es|ed|ing)|sought|seek(?:s|ing)?)\s+$/i;

export function ordered(text: string): Ordered | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  if (/^after$/i.test(match[1]!) && (NOT_TIME.test(text.slice(Math.max(0, match.index - 20), match.index)) || /^after\s+all\b/i.test(text.slice(match.index)))) return undefined;
  const rest = text.slice(match.index + match[0].length);
  const end = ANCHOR_END.exec(rest);
  const anchorText = rest.slice(0, end ? end.index : rest.length).trim();
  const anchorStart = match.index + match[0].length;
  // A negated event ("did not arrive before the war") says nothing about when it happened.
  if (negationCues(text.slice(0, anchorStart + anchorText.length)).length > 0) return undefined;
  return {
    relation: BEFORE.has(match[1]!.toLowerCase()) ? 'before' : 'after',
    marker: { text: match[0].trim(), span: { start: match.index, end: match.index + match[0].trimEnd().length } },
    event: propositionWords(text, 0, match.index),
    anchor: propositionWords(text, anchorStart, anchorStart + anchorText.length),
    anchorText,
  };
}

const phase = (word: LemmaWord) => (word.lemmas.some((l) => BEGIN.has(l)) ? 'begin' : word.lemmas.some((l) => END.has(l)) ? 'end' : undefined);

/** Same anchor: every word of the shorter anchor is matched (begin ~ start), and they share a word that is not a phase verb. */
function sameAnchor(a: readonly LemmaWord[], b: readonly LemmaWord[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  let content = 0;
  for (const word of short) {
    const p = phase(word);
    if (p) {
      if (!long.some((other) => phase(other) === p)) return false;
    } else if (long.some((other) => sameWord(word, other))) content++;
    else return false;
  }
  return content > 0;
}

/**
 * "The drone deliveries happened before the war started" against "the drones were delivered long after the
 * war began": the same event on opposite sides of the same anchor.
 */
export function orderFindings(first: string, second: string): OrderFinding[] {
  const a = ordered(first);
  if (!a) return [];
  const b = ordered(second);
  if (!b || a.relation === b.relation || !sameOrderedEvent(a, b)) return [];
  return [{ kind: 'event-order', first: a.marker, second: b.marker, anchor: a.anchorText }];
}

/** The same event on the same side of the same anchor in both statements ("before" / "shortly before"). */
export interface OrderAgreement {
  readonly kind: 'order-agreement';
  readonly first: Evidence;
  readonly second: Evidence;
  readonly anchor: string;
}

/** Shared by the finding and the guard: both statements order the same event against the same anchor. */
function sameOrderedEvent(a: Ordered, b: Ordered): boolean {
  if (!sameAnchor(a.anchor, b.anchor)) return false;
  const { shared, share } = propositionOverlap(a.event, b.event);
  return shared >= ORDER_MIN_SHARED && share >= ORDER_MIN_SHARE;
}

/**
 * "The talks happened before the election" and "the talks happened shortly before the election": the order
 * agrees, so a contradiction the model sees must come from something else.
 */
export function orderAgreements(first: string, second: string): OrderAgreement[] {
  const a = ordered(first);
  if (!a) return [];
  const b = ordered(second);
  if (!b || a.relation !== b.relation || !sameOrderedEvent(a, b)) return [];
  return [{ kind: 'order-agreement', first: a.marker, second: b.marker, anchor: a.anchorText }];
}

export const orderAgreementCheck = defineCheck({
  kind: 'order-agreement',
  feature: 'order_agreement',
  role: 'guard',
  // Between statements of similar length: an article that agrees with a claim on one order may still contradict it elsewhere.
  run: (first, second) => (readDirections(first.text, second.text) === 'both' ? orderAgreements(first.text, second.text) : []),
  describe: (reason: OrderAgreement) => `event order agrees: "${reason.first.text}" and "${reason.second.text}" ${reason.anchor}`,
});

export const orderCheck = defineCheck({
  kind: 'event-order',
  feature: 'event_order',
  role: 'finding',
  run: (first, second) => orderFindings(first.text, second.text),
  describe: (reason: OrderFinding) => `event order disagrees: "${reason.first.text}" vs "${reason.second.text}" ${reason.anchor}`,
});
