import * as chrono from 'chrono-node';
import type { DateMention, DateMismatch } from './finding.js';

/**
 * Dates and times in a statement (chrono-node), each as the period it names: "in September 2022" is the
 * whole month, "on 3 March" one day. Relative expressions ("yesterday", "last week") are resolved against
 * the statement's own `date`; without one they are skipped rather than resolved against today.
 */
export function dateMentions(text: string, statementDate?: string): DateMention[] {
  const reference = statementDate ? new Date(statementDate) : undefined;
  const results = chrono.parse(text, reference ?? new Date(0), { forwardDate: false });
  const out: DateMention[] = [];
  for (const result of results) {
    const start = result.start;
    const relative = !start.isCertain('year');
    if (relative && reference === undefined) continue;
    const date = start.date();
    let from: Date;
    let to: Date;
    if (result.end) {
      from = date;
      to = result.end.date();
    } else if (start.isCertain('day')) {
      from = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
      to = new Date(from.getTime() + 86_400_000 - 1);
    } else if (start.isCertain('month')) {
      from = new Date(Date.UTC(date.getFullYear(), date.getMonth(), 1));
      to = new Date(Date.UTC(date.getFullYear(), date.getMonth() + 1, 1) - 1);
    } else if (start.isCertain('year')) {
      from = new Date(Date.UTC(date.getFullYear(), 0, 1));
      to = new Date(Date.UTC(date.getFullYear() + 1, 0, 1) - 1);
    } else {
      // A weekday or time of day alone names no period we can compare.
      continue;
    }
    out.push({
      text: result.text,
      span: { start: result.index, end: result.index + result.text.length },
      start: from.toISOString(),
      end: to.toISOString(),
    });
  }
  return out;
}

/**
 * Two statements that each name one period, and the periods do not overlap ("in 2021" / "in March 2022").
 * With several dates on a side, which date belongs to which event is unknown, so nothing is claimed.
 */
export function dateMismatches(first: readonly DateMention[], second: readonly DateMention[]): DateMismatch[] {
  if (first.length !== 1 || second.length !== 1) return [];
  const a = first[0]!;
  const b = second[0]!;
  if (a.end < b.start || b.end < a.start) return [{ kind: 'date-mismatch', first: a, second: b }];
  return [];
}
