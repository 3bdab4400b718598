import { negationCues } from './negation.js';
import { directionOf, type Direction } from './direction-words.js';
import { looseLemmaWords, type LemmaWord } from './lemmas.js';

/** Words between a verb and its object that keep it transitive ("raised the minimum wage", "cut its taxes"). */
const DETERMINER = /^(?:\s+(?:the|a|an|its|their|his|her|our|your|this|these|those|some|more|most|all))*\s+$/i;
const TIME_WORDS = new Set(['last', 'next', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'overnight', 'again', 'early', 'late', 'sharply', 'slightly']);
/** A preposition that names what rose or fell after a noun: "a rise in unemployment", "a drop of exports". */
const COMPLEMENT = /^\s+(?:in|of)\s+(?:the\s+)?$/i;
/** Content words before the verb that may name what changes ("Arctic sea ice extent has declined"). */
const SUBJECT_WORDS = 3;
const CLAUSE_BREAK = /[,;:.!?()]|\b(?:and|but|while|whereas|although|though|because|which|who|that)\b/i;

interface Change {
  readonly word: LemmaWord;
  readonly direction: Direction;
  /** What goes up or down: the object of a transitive use, else the words before (the subject) and the thing after "in" / "of". */
  readonly theme: readonly LemmaWord[];
}

/** "went up", "has gone down": a change that the content words miss (go, up and down are stopwords). */
const PHRASAL = /\b(?:go|goes|going|gone|went)\s+(up|down)\b/gi;

function phrasalChanges(text: string): LemmaWord[] {
  return Array.from(text.matchAll(PHRASAL), (m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    span: { start: m.index, end: m.index + m[0].length },
    lemmas: [m[1]!.toLowerCase() === 'up' ? 'rise' : 'fall'],
    noun: false,
    proper: false,
  }));
}

function changesOf(text: string): Change[] {
  const phrasal = phrasalChanges(text);
  const words = phrasal.length === 0 ? looseLemmaWords(text) : [...looseLemmaWords(text), ...phrasal].sort((x, y) => x.span.start - y.span.start);
  const cues = negationCues(text);
  const out: Change[] = [];
  words.forEach((word, i) => {
    const direction = directionOf(word);
    if (!direction) return;
    // Negated ("did not rise", "will not raise taxes"): not a claim of change either way.
    if (cues.some((cue) => cue.span.end <= word.span.start && !CLAUSE_BREAK.test(text.slice(cue.span.end, word.span.start)) && word.span.start - cue.span.end <= 20)) return;
    const next = words[i + 1];
    const gap = next ? text.slice(word.span.end, next.span.start) : '';
    // Not an object: an adverb ("rose sharply"), a time ("rose last year"), or after "went up" (intransitive).
    const object =
      next && !phrasal.includes(word) && !next.lower.endsWith('ly') && !TIME_WORDS.has(next.lower) && DETERMINER.test(gap) && directionOf(next) === undefined
        ? next
        : undefined;
    if (object) {
      out.push({ word, direction, theme: [object] });
      return;
    }
    const theme: LemmaWord[] = [];
    for (let k = i - 1; k >= 0 && theme.length < SUBJECT_WORDS; k--) {
      const before = words[k]!;
      if (CLAUSE_BREAK.test(text.slice(before.span.end, (theme[theme.length - 1] ?? word).span.start))) break;
      if (directionOf(before) === undefined) theme.push(before);
    }
    if (next && COMPLEMENT.test(gap)) theme.push(next);
    out.push({ word, direction, theme });
  });
  return out;
}

const sameLemma = (a: LemmaWord, b: LemmaWord) => a.lemmas.some((lemma) => b.lemmas.includes(lemma));
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/g;

/**
 * A change up in one statement and down in the other, of the same thing: "Unemployment falls to its lowest
 * level since 1969" / "Unemployment rose sharply last month", "The policy increased emissions" / "The policy
 * reduced emissions", but not "The company cut jobs" / "The company raised prices" (different objects),
 * "We will not raise taxes" / "Our plan cuts taxes" (negated), or changes in different years. A word both
 * statements have is skipped ("Prices rose, then fell" / "Prices fell").
 */
export function oppositeChange(first: string, second: string): [LemmaWord, LemmaWord] | undefined {
  const yearsA = new Set(first.match(YEAR) ?? []);
  const yearsB = new Set(second.match(YEAR) ?? []);
  if (yearsA.size > 0 && yearsB.size > 0 && ![...yearsA].some((year) => yearsB.has(year))) return undefined;
  const a = changesOf(first);
  if (a.length === 0) return undefined;
  const b = changesOf(second);
  const aWords = new Set(a.map((c) => c.word.lower));
  const bWords = new Set(b.map((c) => c.word.lower));
  for (const x of a) {
    if (bWords.has(x.word.lower)) continue;
    for (const y of b) {
      if (aWords.has(y.word.lower) || x.direction === y.direction) continue;
      if (x.theme.some((t) => y.theme.some((u) => sameLemma(t, u)))) return [x.word, y.word];
    }
  }
  return undefined;
}
