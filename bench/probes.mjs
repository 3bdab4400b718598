// node bench/probes.mjs [--file bench/data/probes.jsonl] [--model <dir|id>] [--threshold 0.5] [--summary]
// Scores probe pairs through the library, and lists the pairs it gets wrong at the threshold with their
// reasons. Thirty-four files, all written for this project while designing checks, so seen sets, not evaluation sets:
// - bench/data/probes.jsonl (the default): 90 headline, debate, climate-claim and casualty pairs, written in the
//   thirteenth round, and 10 debate pairs written in the fourteenth (the last lines of the file);
// - bench/data/probes-evidence.jsonl: 41 claims against encyclopaedia-style evidence (made-up people, films,
//   rivers, airlines; a few climate claims), written in the sixteenth round;
// - bench/data/probes-claims.jsonl: 40 pairs written in the seventeenth round before its checks: claims against
//   headlines and fact checks that call them false ("Reports that ... are a hoax", "no evidence that"), debate
//   and climate pairs, each contradiction with a consistent control; and 6 headline pairs (the last lines)
//   written after its first checks, for headlines without a copula ("Reports of ... a hoax", "Hoax: ...");
// - bench/data/probes-wiki.jsonl: 49 pairs written in the eighteenth round before its checks: claims against
//   encyclopaedia-style evidence, climate claims, news and debate pairs, most contradictions with a consistent
//   control;
// - bench/data/probes-news.jsonl: 56 pairs written in the twentieth round before its checks: headlines, claims
//   against encyclopaedia-style evidence (a railway, an actress, a film, a river, a cricketer), climate, debate
//   and news pairs, each contradiction with a consistent control;
// - bench/data/probes-headlines.jsonl: 44 more written later in that round, before its stance changes:
//   headlines against claims, encyclopaedia-style evidence, climate, debate and news pairs;
// - bench/data/probes-mixed.jsonl: 50 pairs written in the twenty-first round before its checks: shares and
//   percentages, central banks, birthplaces, results of matches, things called off, climate, debate and news
//   pairs, each contradiction with a consistent control;
// - bench/data/probes-states.jsonl: 40 pairs written in the twenty-second round, after its check's first
//   version: something ended against the same thing going on, each with a consistent control;
// - bench/data/probes-rte.jsonl: 50 pairs written in the twenty-third round before its changes: news events,
//   markets, courts, climate claims against evidence, encyclopaedia-style evidence, debate pairs and claims
//   debunked in a headline, each contradiction with a consistent control;
// - bench/data/probes-undo.jsonl: 32 pairs written in the twenty-third round after its first changes and before
//   they were run on it: closures undone, postponements, claims denied after them, expected changes, recoveries;
// - bench/data/probes-rumours.jsonl: 30 pairs written in the twenty-third round before its last changes: rumours
//   against headlines that deny or report them, each contradiction with a consistent control;
// - bench/data/probes-debate.jsonl: 50 pairs written in the twenty-fourth round before its changes: a speaker's
//   statements in a debate, climate claims against evidence, encyclopaedia-style evidence and news pairs, each
//   contradiction with a consistent control;
// - bench/data/probes-plans.jsonl: 30 pairs written later in that round, before its second part: plans ruled
//   out or denied, promises, confirmations, things called off or going ahead, each contradiction with a
//   consistent control;
// - bench/data/probes-events.jsonl: 30 pairs written later in that round, before its third part: verdicts,
//   elections, matches, disasters, decisions on bills and mergers, each contradiction with a consistent control.
// - bench/data/probes-outcomes.jsonl: 36 pairs written in the twenty-fifth round before its changes: verdicts,
//   charges, votes, box-office results, profits, concessions, kinds of people, films and players, reopenings,
//   survivals, a stance and authenticity, each contradiction with a consistent control.
// - bench/data/probes-science.jsonl: 30 pairs written later in that round, after its first three parts and
//   before its fourth: climate, health and science claims against findings (causes, trends, records, effects of
//   drugs and bans), each contradiction with a consistent control.
// - bench/data/probes-facts.jsonl: 50 pairs written in the twenty-sixth round before its changes: claims against
//   encyclopaedia-style evidence, climate claims against evidence, debate and news pairs;
// - bench/data/probes-verify.jsonl: 50 more written after its first part and before its second;
// - bench/data/probes-reports.jsonl: 40 written after its second part and before its third: news reports,
//   fact checks, headlines against claims, debate pairs;
// - bench/data/probes-holdout.jsonl: 40 written after its third part and kept out of the round: no miss on it
//   was read before the round's last change, so its before / after figures are the round's least favourable
//   to itself. Each contradiction of these four files has a consistent control.
// - bench/data/probes-ledger.jsonl: 70 pairs written in the twenty-seventh round before its changes: claims against
//   encyclopaedia-style evidence, climate claims, headlines, news (RTE-style) and debate pairs, each
//   contradiction with a consistent control;
// - bench/data/probes-sealed.jsonl: 40 written with it and kept out of the round (no miss read before its last
//   change), each contradiction with a consistent control.
// - bench/data/probes-tally.jsonl: 40 written after the round's first part and before its second: ownership,
//   exceptions, capitals and official languages, climate trends, headlines, debate claims and news events.
// - bench/data/probes-endings.jsonl: 20 written after its second part and before its third: states of affairs
//   ended (a ceasefire, a ban, a war, a treaty) against the same thing going on;
// - bench/data/probes-sealed-2.jsonl: 30 written with them, on other subjects, and kept out of the third part.
// - bench/data/probes-bios.jsonl: 20 written after its third part and before its fourth: encyclopaedia openings
//   (birthplaces, life years, roles, works, records);
// - bench/data/probes-sealed-3.jsonl: 20 written with them, on other subjects, and kept out of the fourth part.
// - bench/data/probes-treebank.jsonl: 40 written in the twenty-eighth round after its first part (treebank-
//   tokenized text read as prose) and before its second: encyclopaedia-style evidence, some of it tokenized as
//   Wikipedia-evidence sets store it ("-LRB- born 3 March 1961 -RRB-", "$ 48 million", "Hawks ,"), against
//   claims, each contradiction with a consistent control.
// - bench/data/probes-sealed-4.jsonl: 40 written at the start of the twenty-ninth round and scored before any of
//   its changes (29 of 40 right at 41b3a16), then kept out of the round: claims against encyclopaedia-style
//   evidence, climate claims against findings, headlines against claims, a speaker's statements, news pairs,
//   each contradiction with a consistent control.
// - bench/data/probes-round29.jsonl: 50 written with it, on other subjects, and read during the round.
// - bench/data/probes-sealed-5.jsonl: 40 written at the start of the thirtieth round and scored before any of its
//   changes (29 of 40 right at 817eb5e; four of its misses were printed then and read), then kept out;
// - bench/data/probes-round30.jsonl: 50 written with it, on other subjects, and read during the round (34 of 50
//   right at 817eb5e);
// - bench/data/probes-sealed-6.jsonl: 40 written after the round's first four parts, scored at 817eb5e and after
//   them (29 of 40 either way, `--summary`, no miss read), then kept out.
// - bench/data/probes-round30b.jsonl: 40 written after the round's seventh part and read before its eighth (30 of
//   40 right then): news events, climate and health findings, a speaker's promises, headlines, encyclopaedia pairs.
// `--summary` prints the count only, so that a sealed file's misses stay unread.
// Needs dist/ (npm run build).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scorePairs } from '../dist/index.js';
import { parseArgs, ROOT } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { file: 'bench/data/probes.jsonl', model: '', threshold: 0.5, summary: false });
/** @type {{ premise: string, hypothesis: string, label: string }[]} */
const rows = readFileSync(path.resolve(ROOT, args.file), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const results = await scorePairs(
  rows.map((r) => ({ premise: r.premise, hypothesis: r.hypothesis })),
  args.model ? { model: args.model } : {},
);
let right = 0;
for (const [i, result] of results.entries()) {
  const row = rows[i];
  if ((result.score >= args.threshold) === (row.label === 'contradiction')) {
    right++;
    continue;
  }
  if (args.summary) continue;
  const reasons = result.reasons.map((r) => r.kind).join(', ');
  console.log(`${row.label === 'contradiction' ? 'missed' : 'false alarm'} ${result.score.toFixed(2)}: "${row.premise}" / "${row.hypothesis}" (${reasons})`);
}
const contradictions = rows.filter((r) => r.label === 'contradiction').length;
console.log(`${right} of ${rows.length} right at threshold ${args.threshold} (${contradictions} contradictions, ${rows.length - contradictions} consistent)`);
