import type { Evidence, NegationFinding } from './finding.js';
import type { LemmaWord } from './lemmas.js';
import { propositionOverlap, propositionWords, sameWord } from './proposition.js';
import { sentenceAt } from './sentences.js';
import { memoize } from './memo.js';

/**
 * What an effect is put down to: "caused by", "due to", "linked to", "because of", "the result of", "blamed on".
 * (A cause named before an active verb, "pilot error caused the crash", is `ACTIVE`'s.)
 */
const CAUSED = String.raw`(?:caused|driven|triggered|sparked|brought\s+about|fuell?ed|killed)\s+by|(?:due|owing|attributable|linked|tied|traced)\s+to|because\s+of|(?:the|a)\s+(?:direct\s+)?result\s+of|blamed\s+on|attributed\s+to`;
/** A cause said, passive or with a preposition; not right after a negation (`DENIED`'s). */
const ASSERTED = new RegExp(String.raw`(?<!\b(?:not|never|n['’]t)\s+(?:(?:been|be|being|primarily|mainly|largely|entirely|solely|directly)\s+)*)\b(?:${CAUSED})\s+`, 'giu');
/**
 * A cause before an active verb of causing or a noun of cause: "pilot error caused the crash", "Human emissions
 * are driving the warming", "Human activity is the main cause of climate change", "CO2 is responsible for".
 */
const ACTIVE = /\b(?:(?<!\b(?:not|n['’]t|never|do|does|did|the|a|an|its|their|main|root|primary|possible|likely|of)\s+)(?:caused|causes|triggered|triggers|sparked|sparks|drives|drove)\s+(?=\p{L})(?!(?:by|to|of|in|on|at|for|and|or)\b)|(?:is|are|was|were)\s+(?:driving|causing|behind|responsible\s+for|(?:the|a)\s+(?:(?:main|primary|principal|dominant|leading|major|chief|biggest|largest|single\s+biggest)\s+)?(?:cause|driver|source)\s+of))/giu;
/**
 * A cause denied before its effect: "Human activity is not the main cause of climate change", "CO2 is not
 * responsible for", "Humans have nothing to do with global warming", "Sunspots do not cause warming".
 */
const DENIED_BEFORE =
  /\b(?:(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:responsible\s+for|(?:the|a)\s+(?:(?:main|primary|principal|dominant|leading|major|chief|biggest|largest)\s+)?(?:cause|driver|source)\s+of|(?:driving|causing|behind))|(?:has|have|had)\s+nothing\s+to\s+do\s+with|(?:do|does|did)(?:\s+not|n['’]t)\s+(?:cause|drive|trigger)|(?:never|not)\s+(?:caused|drove|triggered))\b/giu;
/**
 * A cause denied: "is not caused by humans", "was not linked to the water supply", and a cause set aside after a
 * comma where the sentence puts the effect down to something ("caused by natural cycles, not by humans",
 * "mechanical failure, not pilot error, caused the crash").
 */
const DENIED = new RegExp(String.raw`\b(?:not|never|n['’]t)\s+(?:(?:been|be|being|primarily|mainly|largely|entirely|solely|directly)\s+)*(?:${CAUSED})\s+`, 'giu');
/** No link found between a cause and an effect: "found no link between mobile phone use and brain cancer" (the cause after "between"). */
const NO_LINK = /\b(?:no|not\s+(?:find|found|show|shown)\s+(?:a|any)|never\s+found\s+(?:a|any))\s+(?:(?:evidence\s+of\s+(?:a|any)\s+)?(?:causal\s+)?(?:link|connection|association|relationship))\s+between\s+/giu;
const SET_ASIDE = /,\s*(?:and\s+)?not\s+(?:by\s+|to\s+|from\s+|because\s+of\s+)?(?=(?:(?:the|a|an)\s+)?(?!(?:for|in|on|at|with|of|as|only|just|even|yet|least|always|so|too|quite|very|because|when|where|if|until|since|that|this|his|her|their|its|our|my|your)\b)\p{L})/giu;
const CAUSE_SAID = new RegExp(String.raw`\b(?:${CAUSED})\b|${ACTIVE.source}`, 'iu');

/** The content words of a cause after its cue: up to four in a row, to a comma or a clause's end ("human greenhouse gas emissions"). */
function causeAfter(text: string, from: number): LemmaWord[] {
  const out: LemmaWord[] = [];
  for (const word of propositionWords(text, from)) {
    if (out.length === 4 || /[,;:.!?()]|\b(?:and|but|while|which|who|that|in|on|at|for|since|over|during|after|before)\b/iu.test(text.slice(out.at(-1)?.span.end ?? from, word.span.start))) break;
    out.push(word);
  }
  return out;
}

/** The content words of a cause before an active verb of causing, in its clause (the last three). */
function causeBefore(text: string, to: number): LemmaWord[] {
  const sentence = sentenceAt(text, to);
  const words = propositionWords(text, sentence?.span.start ?? 0, to);
  const out: LemmaWord[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < 3; k--) {
    if (/[,;:.!?()]/.test(text.slice(words[k]!.span.end, out[0]?.span.start ?? to))) break;
    out.unshift(words[k]!);
  }
  return out;
}

interface Attribution {
  readonly cue: Evidence;
  readonly cause: readonly LemmaWord[];
}

/**
 * A cause said under a negation or a doubt before it in its sentence ("There is no evidence that the vaccine causes
 * infertility", "claims that 5G caused the outbreak are false"): not said.
 */
const DOUBTED = /\b(?:no|not|never|n['’]t|without|false|hoax|myth|rumou?rs?|claims?|claimed|alleg\w*|whether|if)\b/iu;
function undoubted(text: string, attribution: Attribution): boolean {
  const start = attribution.cue.span.start;
  const sentence = sentenceAt(text, start);
  return !DOUBTED.test(text.slice(sentence?.span.start ?? 0, start));
}

/** A cue as matched, less the spaces a pattern takes after it ("caused by "). */
const cueOf = (m: RegExpExecArray): Evidence => ({ text: m[0].trim(), span: { start: m.index, end: m.index + m[0].trimEnd().length } });
/** The attributions a pattern finds with the cause after its cue, or before it. */
const causesAfter = (text: string, pattern: RegExp): Attribution[] => Array.from(text.matchAll(pattern), (m) => ({ cue: cueOf(m), cause: causeAfter(text, m.index + m[0].length) }));
const causesBefore = (text: string, pattern: RegExp): Attribution[] => Array.from(text.matchAll(pattern), (m) => ({ cue: cueOf(m), cause: causeBefore(text, m.index) }));

/** The causes a text says (memoised per text: a statement meets many others). */
const asserted = memoize(findAsserted, (text: string) => text);

function findAsserted(text: string): Attribution[] {
  return [
    ...causesAfter(text, ASSERTED), ...causesBefore(text, ACTIVE),
  ].filter((a) => a.cause.length > 0 && undoubted(text, a));
}

function denied(text: string): Attribution[] {
  const out: Attribution[] = [
    ...causesAfter(text, DENIED), ...causesBefore(text, DENIED_BEFORE), ...causesAfter(text, NO_LINK),
  ];
  for (const m of text.matchAll(SET_ASIDE)) {
    const sentence = sentenceAt(text, m.index);
    if (!sentence || !CAUSE_SAID.test(sentence.text)) continue;
    const start = m.index + m[0].indexOf('not');
    out.push({ cue: { text: text.slice(start, m.index + m[0].trimEnd().length), span: { start, end: m.index + m[0].trimEnd().length } }, cause: causeAfter(text, m.index + m[0].length) });
  }
  return out.filter((a) => a.cause.length > 0);
}

/** Words of a sentence outside some spans: what it says besides a cause and its cue (the effect). */
function effectWords(text: string, at: number, outside: readonly Evidence['span'][]): LemmaWord[] {
  const sentence = sentenceAt(text, at);
  return propositionWords(text, sentence?.span.start ?? 0, sentence?.span.end ?? text.length).filter((w) => !outside.some((s) => w.span.start < s.end && s.start < w.span.end));
}

const spanOf = (a: Attribution) => ({ start: a.cue.span.start, end: a.cause.at(-1)!.span.end > a.cue.span.end ? a.cause.at(-1)!.span.end : a.cue.span.end });
const causeSpans = (a: Attribution) => [a.cue.span, ...a.cause.map((w) => w.span)];

/**
 * An effect put down to a cause on one side, and that cause denied for the same effect on the other: "Most of
 * the observed warming is very likely due to human greenhouse gas emissions" / "Recent warming is caused by
 * natural cycles, not by humans"; "The outbreak was caused by contaminated water" / "The outbreak was not linked
 * to the water supply". A negation of the attribution, so a `negation` finding (the cue: the denial). The two
 * sentences must share a word of the effect besides the cause, and the denying side must not put the effect
 * down to that cause itself.
 */
export function causeDenialFindings(first: string, second: string): NegationFinding[] {
  for (const [side, denying, other] of [['first', first, second], ['second', second, first]] as const) {
    const denials = denied(denying);
    if (denials.length === 0) continue;
    const claims = asserted(other);
    if (claims.length === 0) continue;
    const own = asserted(denying);
    for (const denial of denials) {
      for (const claim of claims) {
        if (!denial.cause.some((d) => claim.cause.some((c) => sameWord(d, c)))) continue;
        // The denying side says the same cause itself ("not only due to X but ... due to X").
        if (own.some((a) => a.cause.some((c) => denial.cause.some((d) => sameWord(c, d))) && !(a.cue.span.start >= denial.cue.span.start && a.cue.span.end <= spanOf(denial).end))) continue;
        const effectA = effectWords(denying, denial.cue.span.start, [...causeSpans(denial), ...own.flatMap(causeSpans)]);
        const effectB = effectWords(other, claim.cue.span.start, causeSpans(claim));
        const { shared, share } = propositionOverlap(effectA, effectB);
        if (shared < 1) continue;
        return [{ kind: 'negation', side, cue: denial.cue, overlap: share }];
      }
    }
  }
  return [];
}


/** Words of a human cause ("human greenhouse gas emissions", "man-made", "burning fossil fuels"). */
const HUMAN_CAUSE = /^(?:humans?|humanity|mankind|man-made|manmade|anthropogenic|emissions?|greenhouse|fossil|co2|carbon|people|industrial|industry|deforestation|pollution)$/iu;
/** Words of a natural cause ("natural cycles", "the sun", "volcanic activity"). */
const NATURAL_CAUSE = /^(?:natural|naturally|nature|sun|solar|sunspots?|volcano(?:es)?|volcanic|orbital|cosmic)$/iu;
const causeKind = (cause: readonly LemmaWord[]) => {
  const human = cause.some((w) => HUMAN_CAUSE.test(w.lower));
  const natural = cause.some((w) => NATURAL_CAUSE.test(w.lower));
  return human === natural ? undefined : human ? 'human' : 'natural';
};

/**
 * One effect put down to a human cause on one side and to a natural one on the other: "Most of the warming since
 * 1950 is attributed to human greenhouse gas emissions" / "Recent warming is mainly caused by natural cycles". The
 * two sentences must share a word of the effect besides the causes, and neither side may name a cause of the
 * other kind as well ("caused by both natural cycles and human emissions").
 */
export function causeKindMismatches(first: string, second: string): { effect: string; first: Evidence; second: Evidence } | undefined {
  const a = asserted(first);
  if (a.length === 0) return undefined;
  const b = asserted(second);
  if (b.length === 0) return undefined;
  const kinds = (list: readonly Attribution[]) => new Set(list.map((x) => causeKind(x.cause)));
  const kindsA = kinds(a);
  const kindsB = kinds(b);
  const causesA = a.flatMap(causeSpans);
  const causesB = b.flatMap(causeSpans);
  for (const x of a) {
    const kind = causeKind(x.cause);
    if (!kind || kindsB.has(kind)) continue;
    const effectA = effectWords(first, x.cue.span.start, causesA);
    for (const y of b) {
      const other = causeKind(y.cause);
      if (!other || other === kind || kindsA.has(other)) continue;
      const effectB = effectWords(second, y.cue.span.start, causesB);
      const { shared } = propositionOverlap(effectA, effectB);
      if (shared < 1) continue;
      const evidence = (text: string, z: Attribution): Evidence => {
        const span = { start: z.cause[0]!.span.start, end: z.cause.at(-1)!.span.end };
        return { text: text.slice(span.start, span.end), span };
      };
      const effect = effectA.find((w) => effectB.some((v) => sameWord(w, v)))!;
      return { effect: effect.text, first: evidence(first, x), second: evidence(second, y) };
    }
  }
  return undefined;
}
