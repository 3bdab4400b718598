// Text as NLP datasets and news feeds often store it, read as the prose it stands for: tokenized the Penn
// Treebank way ("Coster-Waldau -LRB- born 27 July 1970 -RRB- is a Danish actor .", "`` no ''", "does n't"), or a
// headline in title case or capitals. The model and the checks read the readable text; findings point back into
// the text as given (`toGiven`).
import { LOWERCASE_WORDS } from './lowercase-words.js';
import type { Span } from './statement.js';
import { titleCaseBy } from './words.js';

/** A text as the model and the checks read it, and the way back to the text as given. */
export interface ReadableText {
  readonly text: string;
  /**
   * How a headline was told and put in sentence case: `small-words` (its small words capitalised, "Clash With
   * Police In The Capital"), `long-words` (its long words only, and no full stop), or `capitals`.
   */
  readonly cased?: 'small-words' | 'long-words' | 'capitals';
  /** A span of `text` as the span of the text as given that it was read from. */
  readonly toGiven: (span: Span) => Span;
}

const BRACKETS: Readonly<Record<string, string>> = { LRB: '(', RRB: ')', LSB: '[', RSB: ']', LCB: '{', RCB: '}' };
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'", '#x27': "'", '#8217': '’', '#8216': '‘', '#8220': '“', '#8221': '”',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…',
};

// Each alternative is one edit; the groups say which. Opening brackets and quotes take the space after them,
// closing ones the space before; a space goes before punctuation that ends a word (a comma, a full stop
// followed by a space or the end) and before a clitic ("'s", and "n't" after the verb it was split from:
// "did n't", "ca n't"); "$ 5" is "$5". And what scraped text carries: an HTML entity is its character
// ("didn&#39;t"), a space of another width a space, a soft hyphen or a zero-width character nothing.
const ENTITY_NAMES = Object.keys(ENTITIES).join('|');
/** Spaces of other widths (read as a space), and soft hyphens and zero-width characters (read as nothing). */
const WIDE_SPACE = '[\\u00a0\\u2007\\u2009\\u202f]';
const INVISIBLE = '[\\u00ad\\u200b\\u200c\\u200d\\ufeff]';
const NOT_AFTER = 'do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should|must|need|might|sha|ai|dare';
const EDITS = new RegExp(
  `&(${ENTITY_NAMES});|${WIDE_SPACE}|${INVISIBLE}|-(LRB|LSB|LCB)-[ \\t]*|[ \\t]*-(RRB|RSB|RCB)-|(\`\`)[ \\t]*|[ \\t]*('')|[ \\t]+(?=[,.;:!?%](?:\\s|$))|(?<=\\b(?:${NOT_AFTER}))[ \\t]+(?=n't\\b)|[ \\t]+(?='(?:s|re|ve|ll|d|m)\\b)|(?<=\\$)[ \\t]+(?=\\d)`,
  'gi',
);
// Whether a text has anything EDITS would change (cheap: most texts have none).
const TOKENIZED = new RegExp(
  `&(?:${ENTITY_NAMES});|${WIDE_SPACE}|${INVISIBLE}|-(?:LRB|RRB|LSB|RSB|LCB|RCB)-|\`\`|''|[ \\t](?:[,.;:!?%](?:\\s|$)|'(?:s|re|ve|ll|d|m)\\b)|\\b(?:${NOT_AFTER})[ \\t]+n't\\b|\\$[ \\t]+\\d`,
  'i',
);
const WIDE_SPACE_ONLY = new RegExp(`^${WIDE_SPACE}$`);

/**
 * The readable form of a text stored the way datasets and headlines often store it, or `undefined` when there is
 * nothing to change (the common case: text written as prose is read as it is). Two stages: a treebank-tokenized
 * text is read as prose (`untokenized`), then a headline in title case or a text in capitals as a sentence
 * (`sentenceCased`).
 *
 * @example
 * readable('He said `` no '' -LRB- twice -RRB- .')?.text // 'He said "no" (twice).'
 * readable('Iran Denies Sending Drones To Russia')?.text // 'Iran denies sending drones to Russia'
 */
export function readable(given: string): ReadableText | undefined {
  const prose = untokenized(given);
  const text = prose?.text ?? given;
  const cased = sentenceCased(text);
  if (!prose && cased === undefined) return undefined;
  return { text: cased?.text ?? text, ...(cased === undefined ? {} : { cased: cased.how }), toGiven: prose?.toGiven ?? ((span) => span) };
}

/**
 * A sentence-cased headline's words as the text it is checked against writes them: "President" where the other
 * text says "the president", "OZY" where it says "Ozy" (the first way it writes the word). Letters change case
 * only.
 */
export function casedAs(text: string, other: string): string {
  // (A word inside a sentence rather than one that opens it, where the other text has both.)
  const written = new Map<string, string>();
  const opening = new Map<string, string>();
  for (const m of other.matchAll(WORD)) {
    const key = m[0].toLowerCase();
    const seen = opensSentence(other, m.index!) ? opening : written;
    if (!seen.has(key)) seen.set(key, m[0]);
  }
  for (const [key, word] of opening) if (!written.has(key)) written.set(key, word);
  return recased(text, (word, opens) => (opens ? word : (written.get(word.toLowerCase()) ?? word)));
}

/** A treebank-tokenized or scraped text as prose, with the way back to the text as given. */
function untokenized(given: string): ReadableText | undefined {
  if (!TOKENIZED.test(given)) return undefined;
  let text = '';
  // For each character of `text`: where it starts and ends in the given text.
  const starts: number[] = [];
  const ends: number[] = [];
  const keep = (from: number, to: number) => {
    text += given.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  let at = 0;
  for (const m of given.matchAll(EDITS)) {
    const start = m.index!;
    const end = start + m[0].length;
    keep(at, start);
    const bracket = m[2] ?? m[3];
    const put = m[1] ? ENTITIES[m[1].toLowerCase()]! : WIDE_SPACE_ONLY.test(m[0]) ? ' ' : bracket ? BRACKETS[bracket.toUpperCase()]! : m[4] || m[5] ? '"' : '';
    // The replacement stands for the whole token it replaces.
    for (const ch of put) {
      text += ch;
      starts.push(start);
      ends.push(end);
    }
    at = end;
  }
  keep(at, given.length);
  if (text === given) return undefined;
  return {
    text,
    toGiven: ({ start, end }) => {
      if (end <= start) {
        const at = start < starts.length ? starts[start]! : given.length;
        return { start: at, end: at };
      }
      return { start: starts[start] ?? given.length, end: ends[Math.min(end, ends.length) - 1] ?? given.length };
    },
  };
}

let lowercaseWords: ReadonlySet<string> | undefined;
/** Words a general English corpus writes in lower case inside a sentence (scripts/build-casing.mjs). */
const usuallyLower = (word: string) => (lowercaseWords ??= new Set(LOWERCASE_WORDS.split(' '))).has(word);

const WORD = /\p{L}[\p{L}'’-]*/gu;
/** "May" after a word of time or before a day's number is the month ("In May", "May 5"), else the modal. */
const MONTH_MAY = /(?:\b(?:in|on|of|since|until|by|early|late|mid|last|next|this|from|to)\s+$)/i;
/**
 * Whether the word at `index` opens a sentence: nothing but space before it, or a sentence's end (".", "!", "?",
 * ":", then closing quotes or brackets) and a space.
 */
function opensSentence(text: string, index: number): boolean {
  let at = index;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  if (at === 0) return true;
  if (at === index) return false;
  while (at > 0 && `"'”’)`.includes(text[at - 1]!)) at--;
  return at > 0 && '.!?:'.includes(text[at - 1]!);
}

/** The text with each word as `recase` writes it (letters change case only, so spans stay). */
function recased(text: string, recase: (word: string, opens: boolean, end: number) => string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    out += text.slice(at, m.index!);
    at = m.index! + m[0].length;
    out += recase(m[0], opensSentence(text, m.index!), at);
  }
  return out + text.slice(at);
}

/** Whether a text is written in capitals: letters of three words or more, none of them lower case. */
function allCapitals(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = text.match(WORD) ?? [];
  return words.length >= 3 && words.filter((w) => w.length > 1).length >= 3;
}

/**
 * A headline in title case ("Iran Denies Sending Drones To Russia") or a text in capitals ("IRAN DENIES SENDING
 * DRONES") as the sentence it stands for: a word is lower-cased where the corpus writes it in lower case inside a
 * sentence; a sentence's first word and any other word keep their capital (in capitals, a word of more than four
 * letters becomes "Iran", a shorter one stays as it is: "NATO", "UN"). Letters change case only, so spans stay.
 * `undefined` for a text in neither form.
 */
function sentenceCased(text: string): { text: string; how: NonNullable<ReadableText['cased']> } | undefined {
  const capitals = allCapitals(text);
  // A headline capitalises its small words ("Clash With Police In The Capital"), or its long ones and ends with
  // no full stop ("Iran Denies Sending Drones to Russia"); a sentence dense with names capitalises its long words
  // and ends with one ("Tessa Marlow has won two Academy Awards, for Best Actress.").
  const titled = capitals ? undefined : titleCaseBy(text);
  const how = capitals ? 'capitals' : titled === 'small-words' ? 'small-words' : titled === 'long-words' && !/[.!?]["'”’)]*\s*$/u.test(text) ? 'long-words' : undefined;
  if (how === undefined) return undefined;
  const out = recased(text, (word, opens, end) => {
    const lower = word.toLowerCase();
    if (capitals) return opens || !usuallyLower(lower) ? (word.length > 4 || opens ? word[0] + lower.slice(1) : word) : lower;
    const month = lower === 'may' && (MONTH_MAY.test(text.slice(0, end - word.length)) || /^\s+\d/.test(text.slice(end)));
    return !opens && /^\p{Lu}\p{Ll}/u.test(word) && usuallyLower(lower) && !month ? word[0]!.toLowerCase() + word.slice(1) : word;
  });
  return out === text ? undefined : { text: out, how };
}

const READ_MEMO = 20_000;
const read = new Map<string, ReadableText | null>();
/** `readable`, remembered per text (a run reads each text many times; bounded: emptied when full). */
export function readableOnce(given: string): ReadableText | undefined {
  let found = read.get(given);
  if (found === undefined) {
    if (read.size >= READ_MEMO) read.clear();
    found = readable(given) ?? null;
    read.set(given, found);
  }
  return found ?? undefined;
}

/** The readable text of a text (itself when nothing changes). */
export const readableText = (given: string): string => readableOnce(given)?.text ?? given;
