// node bench/tokenized.mjs [<older checkout>]
// Text as NLP datasets often store it: tokenized the Penn Treebank way, as many Wikipedia-evidence and NLI
// sets are ("Coster-Waldau -LRB- born 27 July 1970 -RRB- is a Danish actor .", "`` no ''", "is n't"). The
// real-world dev set's ROC-AUC (calibrated score with checks) with its texts as written, with the first text
// (the evidence, the article) tokenized, and with both tokenized; for this checkout's library and, when given,
// an older checkout's (its dist/ built, its own bundled model and calibration; see bench/before-after.mjs).
// The tokenizer below imitates the treebank conventions; it is a way to make such text, not a reference one.
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

const forms = {
  'as written': (r) => [r.first, r.second],
  'first text tokenized': (r) => [treebankTokenized(r.first), r.second],
  'both tokenized': (r) => [treebankTokenized(r.first), treebankTokenized(r.second)],
};

const older = process.argv[2];
const rows = await readJsonl(path.join(SHARED, 'data/realworld/dev.jsonl.gz'));
const sets = [...new Set(rows.map((r) => r.set))];
console.log(`Example: ${treebankTokenized('Nikolaj Coster-Waldau (born 27 July 1970) is a Danish actor. He said "no", and it isn\'t true.')}\n`);
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
