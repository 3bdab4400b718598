// Shared helpers of the evaluation, calibration and benchmark scripts (not part of the library).
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED = process.env.CONTRADICT_SHARED ?? path.resolve(ROOT, '../shared');

export function parseArgs(argv, defaults) {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option ${argv[i]} (known: ${Object.keys(defaults).join(', ')})`);
    if (typeof defaults[key] === 'boolean') args[key] = true;
    else args[key] = typeof defaults[key] === 'number' ? Number(argv[++i]) : argv[++i];
  }
  return args;
}

/** Read a .jsonl or .jsonl.gz file; `limit` keeps the first rows only. */
export async function readJsonl(file, limit = Infinity) {
  if (!existsSync(file)) throw new Error(`missing data file: ${file}`);
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const rows = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    rows.push(JSON.parse(line));
    if (rows.length >= limit) break;
  }
  return rows;
}

/** Lines of a gzipped text file, lazily. */
export async function* readLines(file) {
  const input = createReadStream(file).pipe(createGunzip());
  for await (const line of createInterface({ input, crlfDelay: Infinity })) yield line;
}

export function loadStress(kind) {
  const directory = path.join(ROOT, 'test/fixtures/stress');
  const suites = ['numbers', 'dates', 'negation', 'antonyms', 'roles', 'stance', 'order', 'none', 'lists', 'directions', 'agents', 'comparisons', 'evidence', 'falsity', 'states', 'consistent', 'unrelated'];
  return suites.map((suite) => ({
    suite,
    rows: readFileSync(path.join(directory, `${suite}.${kind}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l)),
  }));
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Precision, recall and F1 of a binary decision. */
export function prf(predicted, actual) {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** ROC-AUC by the rank-sum formula (ties get half credit). */
export function rocAuc(scores, actual) {
  const order = scores.map((s, i) => [s, actual[i]]).sort((a, b) => a[0] - b[0]);
  let rankSum = 0, positives = 0, i = 0;
  while (i < order.length) {
    let j = i;
    while (j < order.length && order[j][0] === order[i][0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (order[k][1]) { rankSum += rank; positives++; }
    i = j;
  }
  const negatives = order.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Expected calibration error over 10 equal-width bins, and the bins. */
export function reliability(scores, actual, bins = 10) {
  const table = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, n: 0, meanScore: 0, positiveRate: 0 }));
  scores.forEach((s, i) => {
    const bin = table[Math.max(0, Math.min(bins - 1, Math.floor(s * bins)))];
    bin.n++;
    bin.meanScore += s;
    bin.positiveRate += actual[i] ? 1 : 0;
  });
  let ece = 0;
  for (const bin of table) {
    if (!bin.n) continue;
    bin.meanScore /= bin.n;
    bin.positiveRate /= bin.n;
    ece += (bin.n / scores.length) * Math.abs(bin.meanScore - bin.positiveRate);
  }
  return { ece, bins: table };
}

export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a');
export const fixed = (x, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

export function machine() {
  const cpus = os.cpus();
  return { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus[0]?.model, cores: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) };
}

const NEGATABLE = /\b(is|are|was|were|has|have|had|will|can|could|would|should|did|does|do)\b/;
const NUMBER = /(?<![\d.,])\b(\d{1,4})\b(?![\d.,]\d)/g;

/**
 * Make a statement that contradicts `sentence`: a negation inserted after its first auxiliary verb, or one
 * of its numbers changed (the same rules as training/prepare.py uses for synthetic pairs). Null when
 * neither rule applies.
 */
export function plantContradiction(sentence, random) {
  const numbers = [...sentence.matchAll(NUMBER)];
  if (numbers.length && random() < 0.5) {
    const m = numbers[Math.floor(random() * numbers.length)];
    const value = Number(m[1]);
    const changed = value + [3, 5, 10, 12, 20][Math.floor(random() * 5)] * (random() < 0.5 ? -1 : 1);
    if (changed > 0) return { text: sentence.slice(0, m.index) + changed + sentence.slice(m.index + m[1].length), kind: 'number' };
  }
  const m = NEGATABLE.exec(sentence);
  if (m && !/\bnot\b|n't/.test(sentence)) return { text: sentence.slice(0, m.index + m[0].length) + ' not' + sentence.slice(m.index + m[0].length), kind: 'negation' };
  return null;
}

/**
 * Statements with planted contradictions, from UN General Debate speeches (a corpus the bundled model
 * never trained on). Each planted statement is a changed copy of a real sentence, put elsewhere in the
 * list; `planted` holds the [original id, copy id] pairs.
 */
export async function plantedStatements({ statements: wanted, planted: plantCount, seed, extractStatements, skip = 0 }) {
  const random = rng(seed);
  const sentences = [];
  for await (const line of readLines(path.join(SHARED, 'data/text/un_general_debates.txt.gz'))) {
    for (const { text } of extractStatements(line)) {
      const words = text.split(/\s+/).length;
      if (words >= 6 && words <= 40) sentences.push(text);
    }
    if (sentences.length >= skip + wanted) break;
  }
  const originals = sentences.slice(skip, skip + wanted).map((text, i) => ({ id: `u${skip + i}`, text }));
  const planted = [];
  const copies = [];
  const used = new Set();
  let guard = 0;
  while (planted.length < plantCount && guard++ < plantCount * 100) {
    const i = Math.floor(random() * originals.length);
    if (used.has(i)) continue;
    const variant = plantContradiction(originals[i].text, random);
    if (!variant) continue;
    used.add(i);
    const id = `p${planted.length}`;
    copies.push({ id, text: variant.text });
    planted.push({ original: originals[i].id, copy: id, kind: variant.kind });
  }
  const list = [...originals, ...copies];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return { statements: list, planted };
}

/** An unordered pair of statement indices as a string key. */
export const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * A mined pile's pairs (`report.pairs` of a detect() call on texts with ids `t0`, `t1`, ...) ranked by score
 * against its labelled contradictions (`positives`: for each, the pair keys that would find it; `negatives`: pair
 * keys labelled consistent): average precision over the ranking (each labelled contradiction counted once, those
 * never proposed count as missed), and what the threshold reports. `bench/eval.mjs` mines the real-world sets so.
 */
export function rankMined(pairs, positives, negatives, threshold) {
  const groupOf = new Map();
  positives.forEach((options, group) => options.forEach((k) => groupOf.set(k, group)));
  const ranked = [...pairs].sort((a, b) => b.score - a.score);
  const found = new Set();
  let tp = 0;
  let fp = 0;
  let precisionSum = 0;
  let reported = 0;
  let reportedTp = 0;
  let reportedLabelledFp = 0;
  for (const pair of ranked) {
    const k = pairKey(Number(pair.first.id.slice(1)), Number(pair.second.id.slice(1)));
    const group = groupOf.get(k);
    const atThreshold = pair.score >= threshold;
    if (group !== undefined) {
      if (found.has(group)) continue;
      found.add(group);
      tp++;
      precisionSum += tp / (tp + fp);
      if (atThreshold) reportedTp++;
    } else {
      fp++;
      if (atThreshold && negatives.has(k)) reportedLabelledFp++;
    }
    if (atThreshold) reported++;
  }
  return {
    averagePrecision: precisionSum / positives.length,
    reported,
    recall: reportedTp / positives.length,
    precision: reported ? reportedTp / reported : 0,
    labelledPrecision: reportedTp + reportedLabelledFp ? reportedTp / (reportedTp + reportedLabelledFp) : 0,
  };
}

/**
 * The real-world dev set's mixed piles, as the product would see them: every distinct ChatProtect sentence in
 * one pile, and every SummEdits article split into sentences in one pile with every summary. `positives` are
 * the labelled contradictions, each a list of the pair keys that would find it (a summary with any sentence of
 * its article); `negatives` are ChatProtect's labelled consistent pairs.
 */
export function mixedRealSets(realworld, extractStatements) {
  const chat = realworld.filter((r) => r.set === 'chatprotect');
  const chatTexts = [...new Set(chat.flatMap((r) => [r.first, r.second]))];
  const chatIndex = new Map(chatTexts.map((t, i) => [t, i]));
  const chatKey = (r) => pairKey(chatIndex.get(r.first), chatIndex.get(r.second));
  const distinct = chat.filter((r) => r.first !== r.second);
  const summ = realworld.filter((r) => r.set === 'summedits-news');
  const articles = [...new Set(summ.map((r) => r.first))];
  const articleSentences = articles.map((article) => extractStatements(article).map((s) => s.text));
  const summTexts = [...new Set([...articleSentences.flat(), ...summ.map((r) => r.second)])];
  const summIndex = new Map(summTexts.map((t, i) => [t, i]));
  const articleOf = new Map(articles.map((article, i) => [article, articleSentences[i]]));
  return {
    chatprotect: {
      texts: chatTexts,
      positives: [...new Set(distinct.filter((r) => r.label === 'contradiction').map(chatKey))].map((k) => [k]),
      negatives: new Set(distinct.filter((r) => r.label !== 'contradiction').map(chatKey)),
    },
    'summedits-news': {
      texts: summTexts,
      positives: summ.filter((r) => r.label === 'contradiction').map((r) => articleOf.get(r.first).map((sentence) => pairKey(summIndex.get(sentence), summIndex.get(r.second)))),
      negatives: new Set(),
    },
  };
}

/**
 * The real-world dev set as the small inputs a user has: one pile per ChatProtect topic (its distinct
 * sentences) and one per SummEdits-news article (its sentences and every summary written from it), each
 * with its labelled contradictions as lists of pair keys that would find them (for SummEdits: the summary
 * with any sentence of its article).
 */
export function documentPiles(realworld, extractStatements) {
  const piles = [];
  const chat = realworld.filter((r) => r.set === 'chatprotect');
  for (const topic of new Set(chat.map((r) => r.topic))) {
    const rows = chat.filter((r) => r.topic === topic && r.first !== r.second);
    const texts = [...new Set(rows.flatMap((r) => [r.first, r.second]))];
    const index = new Map(texts.map((t, i) => [t, i]));
    const key = (r) => pairKey(index.get(r.first), index.get(r.second));
    piles.push({ set: 'chatprotect', texts, positives: [...new Set(rows.filter((r) => r.label === 'contradiction').map(key))].map((k) => [k]) });
  }
  const summ = realworld.filter((r) => r.set === 'summedits-news');
  for (const article of new Set(summ.map((r) => r.first))) {
    const rows = summ.filter((r) => r.first === article);
    const sentences = extractStatements(article).map((s) => s.text);
    const texts = [...new Set([...sentences, ...rows.map((r) => r.second)])];
    const index = new Map(texts.map((t, i) => [t, i]));
    const positives = rows.filter((r) => r.label === 'contradiction').map((r) => sentences.map((s) => pairKey(index.get(s), index.get(r.second))));
    piles.push({ set: 'summedits-news', texts, positives });
  }
  return piles.filter((pile) => pile.texts.length > 1);
}

/** The share of labelled contradictions (each a list of pair keys that would find it) among candidate pairs. */
export function shareProposed(pairs, positives) {
  const proposed = new Set(pairs.map((p) => pairKey(p.first, p.second)));
  return positives.filter((options) => options.some((k) => proposed.has(k))).length / positives.length;
}

/** Every premise and hypothesis of some NLI rows in one pile, the contradiction pairs labelled (for shareProposed). */
export function nliPile(rows) {
  const texts = [...new Set(rows.flatMap((r) => [r.premise, r.hypothesis]))];
  const index = new Map(texts.map((t, i) => [t, i]));
  const positives = rows.filter((r) => r.label === 'contradiction' && r.premise !== r.hypothesis).map((r) => [pairKey(index.get(r.premise), index.get(r.hypothesis))]);
  return { texts, positives };
}

/**
 * Long news sentences: the statements of 150 characters or more of the real-world dev set's SummEdits
 * articles (each article once), for the benchmarks' long pairs.
 * @param {(text: string) => { text: string }[]} extractStatements the library's, from the dist being measured
 */
export async function longNewsSentences(extractStatements) {
  const articles = [...new Set((await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'))).filter((r) => r.set === 'summedits-news').map((r) => r.first))];
  return articles.flatMap((a) => extractStatements(a).map((s) => s.text)).filter((t) => t.length >= 150);
}
