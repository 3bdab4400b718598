import { within, type Evidence } from './finding.js';
import { withoutAttributionSuffix } from './guards.js';
import { memoize } from './memo.js';
import { negationCues } from './negation.js';

/**
 * A claim said to be false: "Reports that the singer died are a hoax", "Viral photo of a shark on the highway
 * is fake", "There is no evidence that the vaccine causes infertility", "Police debunk rumours that a gunman
 * opened fire", "It is a myth that the Great Wall is visible from space". What fact checks and news headlines
 * say of a claim; the NLI model reads the claim's words as agreeing with the claim.
 */
export interface FalsityCue {
  /** The words that call the claim false ("are a hoax", "no evidence that", "debunk rumours that"). */
  readonly cue: Evidence;
  /** Where the claim said to be false lies in the text. */
  readonly claim: { readonly start: number; readonly end: number };
}

/** Nouns that carry a claim, not part of it: "reports that", "the idea that", "rumours of". */
const CLAIM_NOUN = String.raw`(?:claims?|reports?|rumou?rs?|ideas?|notions?|stor(?:y|ies)|suggestions?|allegations?|assertions?|beliefs?|theor(?:y|ies)|speculation|news|accounts?|myths?)`;
/** Words that say a claim is false outright, after a copula ("is a hoax", "was fabricated", "are untrue"). */
const FALSE_WORD = String.raw`(?:hoax(?:es)?|fakes?|faked|false|untrue|fabricated|(?:a\s+)?fabrications?|baseless|unfounded|bogus|(?:a\s+)?myths?|debunked|doctored|digitally\s+(?:altered|manipulated)|photoshopped|(?:a\s+)?lies|(?:a\s+)?lie)`;
/** Weaker words, read as falsity only of a claim noun's content ("the idea that ... is wrong"). */
const WEAK_FALSE_WORD = String.raw`(?:wrong|incorrect|inaccurate|misleading|not\s+true|nonsense)`;
const COPULA = String.raw`(?:is|are|was|were|be|been|being|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be|proved(?:\s+to\s+be)?|proven(?:\s+to\s+be)?|proves?\s+to\s+be)`;
const DEGREE = String.raw`(?:(?:a|an|another|all|completely|entirely|totally|utterly|simply|just|actually|in\s+fact|now|widely|also)\s+)*`;

/** "<claim> is a hoax": the claim comes before. */
const FALSE_AFTER = new RegExp(String.raw`\b${COPULA}\s+['"‘“]?${DEGREE}${FALSE_WORD}\b`, 'gi');
const WEAK_FALSE_AFTER = new RegExp(String.raw`\b${COPULA}\s+${DEGREE}${WEAK_FALSE_WORD}\b`, 'gi');
/**
 * Lower-case words that may follow a word of falsity said of a claim ("is false and misleading", "was a hoax,
 * according to"); any other makes it a noun's modifier ("a false alarm", "a false positive").
 */
const AFTER_FALSE_WORD = new Set(['and', 'or', 'but', 'nor', 'according', 'by', 'in', 'on', 'as', 'because', 'since', 'to', 'after', 'which', 'with', 'from', 'for', 'at', 'say', 'says', 'said', 'too', 'then', 'news']);
/** A reporting verb before the claim ("the minister said that the information is false"): the claim starts after it. */
const REPORTING_OPENER = /\b(?:said|says|say|saying|claimed|claims|claiming|reported|reports|announced|stated|insisted|argued|added|believes?|thinks?|suggested|showed|found|revealed)\s+(?:that\s+)?/gi;
/** "the idea that" / "reports of": where the claim inside a claim noun starts (the last one before the cue). */
const CLAIM_NOUN_OPENER = new RegExp(String.raw`\b${CLAIM_NOUN}\s+(?:that|of|about)\s+`, 'gi');

/** A picture or post of the claim, the thing faked: "photo of a shark on the highway", "video showing ...". */
const MEDIA_OPENER =
  /\b(?:photos?|photographs?|pictures?|images?|videos?|footage|clips?|posts?|tweets?|quotes?)\s+(?:showing|of|that\s+shows?|purporting\s+to\s+show|claiming\s+to\s+show|claiming\s+that|saying\s+that)\s+/gi;

/** "<cue> <claim>": the claim comes after. */
const FALSE_BEFORE = [
  // "It is a myth that", "it's not true that", "it is wrong to say that"
  new RegExp(String.raw`\bit(?:\s+is|'s|’s|\s+was)\s+${DEGREE}(?:${FALSE_WORD}|${WEAK_FALSE_WORD})\s+(?:to\s+(?:say|claim|suggest|think|believe)\s+)?that\s+`, 'i'),
  // "no evidence that", "little evidence to suggest that", "no proof of"
  /\b(?:no|little|scant|not\s+any|not\s+a\s+shred\s+of)\s+(?:(?:scientific|credible|hard|real|clear)\s+)?(?:evidence|proof)\s+(?:that|of|to\s+(?:suggest|support|show|back(?:\s+up)?)(?:\s+(?:the\s+)?(?:claims?|idea)?)?(?:\s+that)?)\s+/i,
  // "debunked claims that", "debunk the myth that"
  new RegExp(String.raw`\bdebunk(?:s|ed|ing)?\s+(?:(?:the|a|an|this|these|those|viral|online|persistent|popular|widespread|long-standing)\s+)*(?:${CLAIM_NOUN}\s+)?(?:that|of|about)?\s*`, 'i'),
  // "false reports that", "baseless rumours of", "the myth that"
  new RegExp(String.raw`\b(?:(?:false|fake|bogus|baseless|unfounded|untrue|unsubstantiated|erroneous|debunked)\s+${CLAIM_NOUN}|(?:the|a)\s+myths?)\s+(?:that|of|about)\s+`, 'i'),
  // A headline's label before a colon: "Hoax: ...", "FAKE: ...", "Debunked: ...", "Fact check: False: ...".
  /^(?:[\p{L}\s]*?:\s*)?(?:hoax|fake|false|debunked|myth|fabricated|not\s+true|untrue)\s*:\s+/iu,
];

/**
 * A headline's falsity without a copula, at the end of its clause (a noun with its article, "a hoax", so that
 * "the Batuta hoax" is not read): "Reports of the singer's death a hoax",
 * "Viral photo of shark on flooded highway fake, officials say". Read only after a claim or media noun
 * ("reports of", "photo of"), which says what is false.
 */
const HEADLINE_FALSE = /\s['"‘“]?(?:(?:a|an)\s+(?:hoax|fake|myth|fabrication|lie|false\s+alarm)|fake|faked|false|untrue|fabricated|bogus|doctored|photoshopped|baseless|unfounded)['"’”]?(?=\s*(?:[,:;.!?]|$)|\s+(?:says?|said|claims?|according|officials?|police|experts?)\b)/i;

/** A word that on the other side says that side, too, speaks of a falsehood or an unconfirmed story. */
export const FALSITY_WORD = /\b(?:hoax(?:es)?|fakes?|faked|false(?:ly)?|untrue|fabricat\w*|baseless|unfounded|bogus|myths?|debunk\w*|doctored|photoshopped|rumou?r(?:s|ed)?|no\s+evidence|misinformation|disinformation)\b/i;

const evidence = (text: string, start: number, end: number): Evidence => ({ text: text.slice(start, end), span: { start, end } });

/** The start of the sentence that holds `at` (after the last ". " / "! " / "? " / ": " before it). */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const match of text.slice(0, at).matchAll(/[.!?:;]\s+/g)) start = match.index + match[0].length;
  return start;
}

/** The first match of `pattern` (global) said of a claim, not of a noun after it ("is a false alarm"). */
function predicative(text: string, pattern: RegExp): RegExpExecArray | undefined {
  for (const match of text.matchAll(pattern)) {
    const next = /^\s+(\p{L}+)/u.exec(text.slice(match.index + match[0].length));
    const word = next?.[1];
    if (word === undefined || word[0] !== word[0]!.toLowerCase() || AFTER_FALSE_WORD.has(word)) return match as RegExpExecArray;
  }
  return undefined;
}

/** `end` moved back over spaces and commas. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s,]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * A negation before the cue in its sentence: the falsity itself is denied ("I never said that climate change
 * was a hoax"), or the claim is a negative one ("Reports that the singer did not die are a hoax"); either
 * way not read.
 */
function negatedBefore(text: string, at: number, commas = false): boolean {
  let start = clauseStart(text, at);
  // A headline's clauses run on after commas ("no shooting at shopping centre, reports of gunman a false alarm").
  if (commas) {
    const last = Array.from(text.slice(start, at).matchAll(/,\s+/g)).at(-1);
    if (last) start += last.index + last[0].length;
  }
  return negationCues(text).some((cue) => cue.span.start >= start && cue.span.end <= at);
}

/**
 * The first claim `text` says is false, with the words that say so. `undefined` where it says none is.
 * "The claim that wind turbines cause cancer is false" -> cue "is false", claim "wind turbines cause cancer".
 */
export function falsityCue(text: string): FalsityCue | undefined {
  return cueOf(text) ?? undefined;
}

// Per text (each statement is in many pairs, and several checks ask); `null` for none, which the cache keeps.
const cueOf = memoize((text: string) => readFalsityCue(text) ?? null, (text: string) => text);

/**
 * A claim denied in the clause after it, with the verb left out: "Viral post claims the vaccine contains
 * microchips; health officials say it does not", "The senator claimed the plant would close, but the company
 * says it will not", "... - police say that is not true". The claim is what a claim verb or noun before it
 * says (the denial ends the sentence).
 */
const DENIED_AFTER =
  /(?:[;,]|\s[-–—])\s+(?:but\s+)?(?:(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+)?(?:says?|said|insists?|insisted|confirms?|confirmed|stresses|stressed|maintains?|maintained)\s+(?:that\s+)?(?:it|this|that|they|he|she)(?:\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can)\s*(?:not|n['’]t)(?:\s+(?:true|so|the\s+case))?|\s*['’]s\s+not\s+(?:true|so|the\s+case)|\s+(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t|didn['’]t|won['’]t|hasn['’]t|haven['’]t)(?:\s+(?:true|so|the\s+case))?)\s*[.!?]?\s*$/iu;
/** The verb or noun that puts the claim forward before the denial ("post claims", "reports that", "alleged"). */
const CLAIM_OPENER = new RegExp(
  String.raw`\b(?:(?:${CLAIM_NOUN}|posts?|videos?|tweets?|messages?)\b[^;,.]{0,40}?\b(?:says?|said)|claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|assert(?:s|ed|ing)?|suggest(?:s|ed|ing)?|${CLAIM_NOUN}\s+(?:that|of|about))\s+(?:that\s+)?`,
  'giu',
);

function deniedAfter(text: string): FalsityCue | undefined {
  const denial = DENIED_AFTER.exec(text);
  if (!denial) return undefined;
  const start = clauseStart(text, denial.index);
  const openers = Array.from(text.slice(start, denial.index).matchAll(CLAIM_OPENER));
  const opener = openers.at(-1);
  if (!opener) return undefined;
  const claimStart = start + opener.index + opener[0].length;
  const claimEnd = trimEnd(text, denial.index);
  // A negative claim denied ("claims the plant will not close; the company says it will not") is not read.
  if (claimEnd <= claimStart || negationCues(text.slice(claimStart, claimEnd)).length > 0) return undefined;
  const cueStart = denial.index + (/^[;,\s]*/.exec(denial[0])?.[0].length ?? 0);
  return { cue: evidence(text, cueStart, trimEnd(text, denial.index + denial[0].length)), claim: { start: claimStart, end: claimEnd } };
}

/**
 * A headline's dismissal of a story it names by a few words before the story's noun: "Band rubbishes split
 * rumours", "Club plays down takeover talk", "Spokesman dismisses newspaper purchase story". The claim is those
 * words ("split"; the headline's other words say whose, see `falsityFindings`).
 */
export const DISMISSED_STORY =
  /\b(?:rubbish(?:es|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|quash(?:es|ed|ing)?|scotch(?:es|ed|ing)?|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?|squash(?:es|ed|ing)?|(?:laughs?|laughed|laughing|brush(?:es|ed|ing)?)\s+off|(?:plays?|played|playing|shoots?|shot|shooting|slaps?|slapped|slapping)\s+down)\s+(?:(?:the|those|these|all|any|latest|fresh|new|persistent|recent|online)\s+)*((?:[\p{L}'’-]+\s+){1,3}?)(?:rumou?rs|reports|speculation|stor(?:y|ies)|claims|talk|gossip)\b/diu;

function dismissedStory(text: string): FalsityCue | undefined {
  const match = DISMISSED_STORY.exec(text);
  if (!match || negatedBefore(text, match.index)) return undefined;
  const words = match[1]!.trimEnd();
  const claimStart = match.indices![1]![0];
  // Not a claim of a thing's words only ("the latest", "these"), nor a negative one.
  if (negationCues(words).length > 0) return undefined;
  return { cue: evidence(text, match.index, match.index + match[0].length), claim: { start: claimStart, end: claimStart + words.length } };
}

function readFalsityCue(text: string): FalsityCue | undefined {
  const denied = deniedAfter(text) ?? dismissedStory(text);
  if (denied) return denied;
  for (const pattern of FALSE_BEFORE) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (negatedBefore(text, match.index)) return undefined;
    const end = match.index + match[0].length;
    // To the end of the sentence or of the clause ("..., though ..."), without a trailing attribution (", the
    // health agency said").
    const stop = /[.!?;]\s|[.!?;]$|,\s+(?:but|though|although|while|whereas|as|so|because|which)\b/i.exec(text.slice(end));
    const claimEnd = trimEnd(text, Math.min(stop ? end + stop.index : text.length, withoutAttributionSuffix(text).length));
    // A negative claim called false ("It is wrong to say that British Columbia has no university"): not read.
    if (claimEnd <= end || negationCues(text.slice(end, claimEnd)).length > 0) return undefined;
    return { cue: evidence(text, match.index, end), claim: { start: end, end: claimEnd } };
  }
  const strong = predicative(text, FALSE_AFTER);
  const found = strong ? undefined : HEADLINE_FALSE.exec(text);
  // Not the object of a preposition ("may have started as a hoax", "warned of a hoax").
  const headline = found && !/\b(?:as|of|about|into|from|with|by|for|on|in|at|like|than)\s*$/i.test(text.slice(0, found.index)) ? found : undefined;
  const match = strong ?? predicative(text, WEAK_FALSE_AFTER) ?? headline;
  if (!match || negatedBefore(text, match.index, match === headline)) return undefined;
  const start = clauseStart(text, match.index);
  const before = text.slice(start, match.index);
  const openers = Array.from(before.matchAll(CLAIM_NOUN_OPENER));
  const media = Array.from(before.matchAll(MEDIA_OPENER));
  // A weak word ("wrong") speaks of a claim only after a claim noun ("the idea that ... is wrong"), and a
  // headline's bare word only after a claim or media noun.
  if (!strong && openers.length === 0 && (match !== headline || media.length === 0)) return undefined;
  const opener = [...openers, ...media, ...before.matchAll(REPORTING_OPENER)].sort((x, y) => x.index + x[0].length - (y.index + y[0].length)).at(-1);
  const claimStart = opener ? start + opener.index + opener[0].length : start;
  const claimEnd = trimEnd(text, match.index);
  if (claimStart >= claimEnd) return undefined;
  return { cue: evidence(text, match.index, match.index + match[0].length), claim: { start: claimStart, end: claimEnd } };
}

/**
 * Whether two words found opposite, at `a` in `first` and `b` in `second`, lie in a claim that one side (only)
 * calls false: then the two sides agree ("The rumour that the factory will close is baseless" / "The factory
 * will stay open").
 */
export function inFalseClaim(first: string, second: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const x = falsityCue(first);
  const y = falsityCue(second);
  if ((x === undefined) === (y === undefined)) return false;
  const [cue, span] = x ? [x, a] : [y!, b];
  return within(span, cue.claim);
}
