import { defineCheck } from './check.js';
import type { Evidence } from './finding.js';
import { memoize } from './memo.js';
import { negationCues } from './negation.js';
import { contentStems, startAfterLast } from '../statements/words.js';

/**
 * One comparison made both ways: "Renewable energy is now cheaper than coal" against "Coal remains cheaper
 * than renewables"; "Iran exports more oil than Iraq" against "Iraq exports more oil than Iran". Both texts
 * compare with the same comparative ("cheaper than", "more oil than"), and what stands before it in one
 * stands after "than" in the other, and the other way round. Not a comparison told with the opposite word
 * ("A is cheaper than B" / "B is more expensive than A", which agree), nor a negated one.
 */
export interface ComparisonReversal {
  readonly kind: 'comparison-reversal';
  /** The comparison in the first statement and in the second ("cheaper than"). */
  readonly first: Evidence;
  readonly second: Evidence;
}

// A comparative and "than": "cheaper than", "more oil than", "more expensive than", "better than". Words in -er
// that are no comparatives ("other than", "rather than") are left out.
const COMPARISON = /\b((?:more|less|fewer)\s+[\p{L}-]+|[\p{L}]+er|better|worse)\s+than\s+/giu;
const NOT_COMPARATIVES = new Set(['other', 'rather', 'sooner', 'whether', 'either', 'neither', 'never', 'ever', 'over', 'under', 'after', 'number', 'per']);
/** How far around a comparison its two sides are read: a clause, not a paragraph. */
const SIDE_WINDOW = 120;
const CLAUSE_END = /[,;:.!?]/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');

interface Comparison {
  readonly comparative: string;
  readonly evidence: Evidence;
  /** Content stems before the comparative (in its clause) and after "than" (to the clause's end). */
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
}

const comparisonsOf = memoize((text: string): Comparison[] => {
  const out: Comparison[] = [];
  for (const match of text.matchAll(COMPARISON)) {
    const comparative = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (NOT_COMPARATIVES.has(comparative)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const tail = text.slice(end, end + SIDE_WINDOW);
    const clauseEnd = tail.search(CLAUSE_END);
    const before = contentStems(text.slice(startAfterLast(text, start, CLAUSE_ENDS, SIDE_WINDOW), start));
    const after = contentStems(clauseEnd < 0 ? tail : tail.slice(0, clauseEnd));
    if (before.size === 0 || after.size === 0) continue;
    out.push({ comparative, evidence: { text: match[0].trim(), span: { start, end: start + match[0].trimEnd().length } }, before, after });
  }
  return out;
}, (text: string) => text);

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((stem) => b.has(stem));
/** The words of `a` that `b` lacks: what one side of a comparison names that the other's same side does not. */
const without = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((stem) => !b.has(stem)));

export function comparisonReversals(first: string, second: string): ComparisonReversal[] {
  const a = comparisonsOf(first);
  if (a.length === 0) return [];
  const b = comparisonsOf(second);
  if (b.length === 0 || negationCues(first).length > 0 || negationCues(second).length > 0) return [];
  for (const x of a) {
    for (const y of b) {
      if (x.comparative !== y.comparative) continue;
      // "Iran exports more oil than Iraq" / "Iraq exports more oil than Iran": the shared "exports" aside,
      // Iran is before in one and after in the other, and Iraq the other way round.
      if (meets(without(x.before, y.before), y.after) && meets(without(y.before, x.before), x.after)) {
        return [{ kind: 'comparison-reversal', first: x.evidence, second: y.evidence }];
      }
    }
  }
  return [];
}

export const comparisonCheck = defineCheck({
  kind: 'comparison-reversal',
  feature: 'comparison_reversal',
  role: 'finding',
  run: (first, second) => comparisonReversals(first.text, second.text),
  describe: (reason: ComparisonReversal) => `one comparison made both ways: "${reason.first.text}" with its sides swapped`,
});
