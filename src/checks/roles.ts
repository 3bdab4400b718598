import { defineCheck } from './check.js';
import { matchEvidence, type Evidence } from './finding.js';
import { entitiesOf } from './guards.js';
import { memoize } from './memo.js';
import { contentStems, escapeRegExp, isStopword, overlap } from '../statements/words.js';

// Relations that hold both ways: "A met B" says the same as "B met A".
const SYMMETRIC = /\b(?:and|with|between|met|meet|meets|meeting|talks?|talked|negotiat\w*|agree\w*|sign\w*|clash\w*|married|marry|versus|vs|against each other|together)\b/i;

/** Two names whose places are swapped in otherwise identical statements: "A sold drones to B" / "B sold drones to A". */
export interface RoleReversal {
  readonly kind: 'role-reversal';
  readonly first: Evidence;
  readonly second: Evidence;
  /** A contest's winner and loser swapped (`resultReversals`): the evidence is the two verbs. */
  readonly result?: true;
}

function find(text: string, name: string): Evidence | undefined {
  const match = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').exec(text);
  return match ? matchEvidence(match) : undefined;
}

// The statement as a frame, with the two names replaced by slots.
function frame(text: string, x: string, y: string, slotX: string, slotY: string): string {
  const swap = (s: string, name: string, slot: string) => s.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'), slot);
  return swap(swap(text.toLowerCase(), x, slotX), y, slotY).replace(/[^\p{L}\p{N}\u0001\u0002]+/gu, ' ').trim();
}

/**
 * The same statement with two names in each other's places. Converse verbs ("A sold to B" / "B bought
 * from A") change the frame, so they are not caught; symmetric relations ("A met B") are skipped.
 */
export function roleReversals(first: string, second: string): RoleReversal[] {
  const a = entitiesOf(first);
  if (a.length < 2 || SYMMETRIC.test(first) || SYMMETRIC.test(second)) return [];
  const b = new Set(entitiesOf(second));
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const [x, y] = [a[i]!, a[j]!];
      if (!b.has(x) || !b.has(y)) continue;
      const one = frame(first, x, y, '\u0001', '\u0002');
      if (one === frame(second, x, y, '\u0002', '\u0001') && one !== frame(second, x, y, '\u0001', '\u0002')) {
        const firstName = find(first, x);
        const secondName = find(second, x);
        if (firstName && secondName) return [{ kind: 'role-reversal', first: firstName, second: secondName }];
      }
    }
  }
  return [];
}

/**
 * A contest's result: who won and who lost. "A beat / defeated / won against B" and "B lost to / fell to / was
 * beaten by A" name both; "A won (the final)" and "A lost" one. Each party by its last word, lowercased
 * ("The team" -> team).
 */
interface Result {
  readonly verb: Evidence;
  readonly winner?: string;
  readonly loser?: string;
}

const PARTY = String.raw`((?:[Tt]he\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})`;
/** The winner before the verb, the loser after it. (Case-sensitive: a party's further words are capitalised.) */
const BEAT = new RegExp(String.raw`\b(beat|beats|beating|defeat(?:s|ed|ing)?|won\s+against|wins\s+against|overcame|overcomes|edged|thrashed|routed|crushed)\s+${PARTY}`, 'gu');
/** The loser before the verb, the winner after it ("lost the final 3-1 to Brazil"). */
const LOST_TO = new RegExp(String.raw`\b(lost|loses|lose|fell|falls|(?:was|were|been)\s+(?:beaten|defeated|knocked\s+out))\b(?:(?!\bto\b|\bby\b|\bagainst\b)[^.;!?]){0,30}?\b(?:to|by|against)\s+${PARTY}`, 'gu');
/** One party only: "Brazil won the final", "The team lost". */
const WON = /\b(won|wins|lost|loses)\b/gu;
const SUBJECT_WORDS = /([\p{L}'’.-]+)\s*$/u;

const partyKey = (party: string) => party.replace(/[.'’]+$/u, '').replace(/['’]s$/u, '').split(/\s+/).at(-1)!.toLowerCase();
function subjectBefore(text: string, index: number): string | undefined {
  const word = SUBJECT_WORDS.exec(text.slice(Math.max(0, index - 40), index))?.[1];
  return word && !isStopword(word.toLowerCase()) ? word.toLowerCase() : undefined;
}

/** The results a text tells (memoised per text: a statement meets many others). */
const resultsOf = memoize(findResults, (text: string) => text);

function findResults(text: string): Result[] {
  const out: Result[] = [];
  const taken: Evidence[] = [];
  for (const m of text.matchAll(BEAT)) {
    const verb = { text: m[1]!, span: { start: m.index, end: m.index + m[1]!.length } };
    taken.push(verb);
    out.push({ verb, ...opt('winner', subjectBefore(text, m.index)), loser: partyKey(m[2]!) });
  }
  for (const m of text.matchAll(LOST_TO)) {
    const verb = { text: m[1]!, span: { start: m.index, end: m.index + m[1]!.length } };
    taken.push(verb);
    out.push({ verb, ...opt('loser', subjectBefore(text, m.index)), winner: partyKey(m[2]!) });
  }
  for (const m of text.matchAll(WON)) {
    if (taken.some((t) => t.span.start === m.index)) continue;
    const party = subjectBefore(text, m.index);
    if (!party) continue;
    const verb = { text: m[1]!, span: { start: m.index, end: m.index + m[1]!.length } };
    out.push(/^w/i.test(m[1]!) ? { verb, winner: party } : { verb, loser: party });
  }
  return out;
}
const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
/** A result that names its winner and its loser. */
const both = (r: Result) => r.winner !== undefined && r.loser !== undefined;

/**
 * The winner of one statement the loser of the other, and the loser the winner, each naming both parties: the
 * result reversed, with its two verbs ("Livingstone defeated Reg Freeson" is another contest than "Livingstone
 * was defeated by Geoffrey Finsberg"). (One party that won and lost, "Nadal won the final" / "Nadal lost the final", is the
 * antonym check's.)
 */
function resultClash(first: string, second: string): [Evidence, Evidence] | undefined {
  const a = resultsOf(first).filter(both);
  if (a.length === 0) return undefined;
  const b = resultsOf(second).filter(both);
  for (const x of a) {
    for (const y of b) {
      if (x.winner === y.loser && x.loser === y.winner) return [x.verb, y.verb];
    }
  }
  return oneSideClash(first, second);
}

/** Share of content words two statements must share for a result naming one party to be set against one naming both. */
const ONE_PARTY_MIN_OVERLAP = 0.5;

/**
 * A result naming both parties against one naming one of them on the other side of it, in statements about the
 * same contest ("Barcelona beat Real Madrid 3-1 at the Camp Nou on Sunday" / "Real Madrid won the match at the
 * Camp Nou on Sunday"): the loser won, or the winner lost. (Most of their words in common: "Livingstone defeated
 * Reg Freeson" says nothing of "Freeson won the seat in 1974".)
 */
function oneSideClash(first: string, second: string): [Evidence, Evidence] | undefined {
  const a = resultsOf(first);
  const b = resultsOf(second);
  if (a.length === 0 || b.length === 0) return undefined;
  const one = (r: Result) => (r.winner === undefined) !== (r.loser === undefined);
  const clash = (x: Result, y: Result) => (y.winner !== undefined && y.winner === x.loser) || (y.loser !== undefined && y.loser === x.winner);
  const agree = (x: Result, y: Result) => (y.winner !== undefined && y.winner === x.winner) || (y.loser !== undefined && y.loser === x.loser);
  for (const [xs, ys, swap] of [[a, b, false], [b, a, true]] as const) {
    for (const x of xs.filter(both)) {
      const y = ys.find((r) => one(r) && clash(x, r));
      // Not where the other side also tells the result as this one does ("Real Madrid lost to Barcelona").
      if (!y || ys.some((r) => agree(x, r))) continue;
      if (overlap(contentStems(first), contentStems(second)) < ONE_PARTY_MIN_OVERLAP) return undefined;
      return swap ? [y.verb, x.verb] : [x.verb, y.verb];
    }
  }
  return undefined;
}

/**
 * Whether the two statements tell one result: a party wins (or loses) in both, and none wins in one and loses
 * in the other ("The team lost the final 3-1 to Brazil" / "Brazil won the final"). The antonym check leaves
 * "lost" / "won" alone there.
 */
export function sameResult(first: string, second: string): boolean {
  const a = resultsOf(first);
  if (a.length === 0) return false;
  const b = resultsOf(second);
  // (Only named parties count: a result with no loser named clashes with nothing by its loser.)
  const named = (u: string | undefined, v: string | undefined) => u !== undefined && u === v;
  if (b.length === 0 || a.some((x) => b.some((y) => named(x.winner, y.loser) || named(x.loser, y.winner)))) return false;
  return a.some((x) => b.some((y) => named(x.winner, y.winner) || named(x.loser, y.loser)));
}

/** "The team lost the final to Brazil" / "The team beat Brazil in the final": a winner and loser swapped. */
export function resultReversals(first: string, second: string): RoleReversal[] {
  const clash = resultClash(first, second);
  return clash ? [{ kind: 'role-reversal', first: clash[0], second: clash[1], result: true }] : [];
}

export const rolesCheck = defineCheck({
  kind: 'role-reversal',
  feature: 'role_reversal',
  role: 'finding',
  run: (first, second) => {
    const swapped = roleReversals(first.text, second.text);
    return swapped.length > 0 ? swapped : resultReversals(first.text, second.text);
  },
  describe: (reason: RoleReversal) =>
    reason.result ? `result reversed: one side wins where it loses in the other ("${reason.first.text}" / "${reason.second.text}")` : `roles swapped: "${reason.first.text}" has the other part in each statement`,
});
