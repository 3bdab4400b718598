// node bench/text-forms.mjs [<older checkout>]
// Text as datasets and news feeds often store it: tokenized the Penn Treebank way, as many Wikipedia-evidence
// and NLI sets are ("Coster-Waldau -LRB- born 27 July 1970 -RRB- is a Danish actor .", "`` no ''", "is n't"),
// or a headline in title case or in capitals. The real-world dev set's ROC-AUC (calibrated score with checks)
// with its texts as written, with the first text (the evidence, the article) tokenized, with both tokenized,
// and with the second (the claim, the summary) in title case or in capitals; for this checkout's library and,
// when given, an older checkout's (its dist/ built, its own bundled model and calibration; see
// bench/before-after.mjs). The functions below imitate those conventions; they are ways to make such text, not
// reference ones.
import path from 'node:path';
import { readJsonl, ROOT, rocAuc, SHARED } from './lib.mjs';

export function treebankTokenized(text) {
  return text
    .replace(/"([^"]*)"/g, "`` $1 ''")
    .replace(/\(/g, ' -LRB- ')
    .replace(/\)/g, ' -RRB- ')
    .replace(/\[/g, ' -LSB- ')
    .replace(/\]/g, ' -RSB- ')
    .replace(/(?<!\d)([,;:!?])|([,;:!?])(?!\d)/g, ' $1$2 ')
    .replace(/\.(\s|$)/g, ' .$1')
    .replace(/(\w)('s|'re|'ve|'ll|'d|'m)\b/gi, '$1 $2')
    .replace(/(\w)n't\b/gi, "$1 n't")
    .replace(/\$(?=\d)/g, '$ ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SMALL = /^(?:a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|off|on|per|to|up|via)$/i;
/** Headline style: every word capitalised but small words inside ("Iran Denies Sending Drones to Russia"), no full stop. */
export function titleCased(text) {
  let index = 0;
  return text
    .replace(/\p{L}[\p{L}'’-]*/gu, (word) => (index++ > 0 && SMALL.test(word) && !/^\p{Lu}/u.test(word) ? word : word[0].toUpperCase() + word.slice(1)))
    .replace(/\.$/, '');
}

const forms = {
  'as written': (r) => [r.first, r.second],
  'first text tokenized': (r) => [treebankTokenized(r.first), r.second],
  'both tokenized': (r) => [treebankTokenized(r.first), treebankTokenized(r.second)],
  'second text in title case': (r) => [r.first, titleCased(r.second)],
  'second text in capitals': (r) => [r.first, r.second.toUpperCase()],
};

const older = process.argv[2];
const rows = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = [...new Set(rows.map((r) => r.set))];
const example = 'Nikolaj Coster-Waldau (born 27 July 1970) is a Danish actor. He said "no", and it isn\'t true.';
console.log(`Examples: ${treebankTokenized(example)}\n${titleCased(example)}\n`);
console.log(`| library | text | ${sets.map((s) => `${s} AUC`).join(' | ')} |`);
console.log(`| --- | --- | ${sets.map(() => '---').join(' | ')} |`);
const libraries = [...(older ? [[`before (${older})`, path.resolve(older)]] : []), ['this checkout', ROOT]];
for (const [name, dir] of libraries) {
  const { createDetector } = await import(path.join(dir, 'dist/index.js'));
  const detector = await createDetector();
  for (const [form, texts] of Object.entries(forms)) {
    const scored = [];
    for (let i = 0; i < rows.length; i += 512) {
      scored.push(...(await detector.scorePairs(rows.slice(i, i + 512).map((r) => texts(r)).map(([premise, hypothesis]) => ({ premise, hypothesis })))));
    }
    const auc = (set) => {
      const indices = rows.flatMap((r, i) => (r.set === set ? [i] : []));
      return rocAuc(indices.map((i) => scored[i].score), indices.map((i) => rows[i].label === 'contradiction')).toFixed(3);
    };
    console.log(`| ${name} | ${form} | ${sets.map(auc).join(' | ')} |`);
  }
  await detector.dispose();
}
