import { defineCheck } from './check.js';
import type { Evidence } from './finding.js';
import { memoize } from './memo.js';
import { contentOf, keysOf, NAME_WORD, nameKeys, onClaimSide } from './names.js';
import { startAfterLast, stemmer } from '../statements/words.js';

/**
 * One act credited to another agent: "The show is directed by Boyhood Productions" against "The show is
 * produced by Boyhood Productions and directed by Sushanta Das"; "The gold medal was won by Ludwig Paischer"
 * against "... won by Tadahiro Nomura". Both texts give the agent of the same passive verb ("directed by",
 * "won by") as a name, no name of one agent shares a word with any name of the other, and the rest of the
 * claim is said in the other text (so "The first film was directed by A" and "The sequel was directed by B"
 * are not read as one act). Only verbs whose act has one agent, or one list of agents, are read: "directed
 * by", not "criticised by" or "supported by", which many may do at once.
 */
export interface AgentSwapFinding {
  readonly kind: 'agent-swap';
  /** The verb both texts give an agent for ("directed"). */
  readonly verb: string;
  /** The claim's side: the shorter text where one is the evidence for the other. */
  readonly side: 'first' | 'second';
  /** The agent in the first statement and the agent in the second ("Sushanta Das", "Boyhood Productions"). */
  readonly first: Evidence;
  readonly second: Evidence;
}

/** Past participles whose act has one agent (or one list of agents, given together). */
export const AGENT_VERBS: ReadonlySet<string> = new Set([
  'acquired', 'assassinated', 'authored', 'beaten', 'bought', 'built', 'captured', 'chaired', 'coached', 'composed',
  'conquered', 'controlled', 'created', 'defeated', 'designed', 'developed', 'directed', 'discovered', 'drafted',
  'edited', 'founded', 'governed', 'headed', 'hosted', 'illustrated', 'invented', 'killed', 'led', 'made',
  'managed', 'manufactured', 'murdered', 'narrated', 'owned', 'painted', 'played', 'portrayed', 'produced',
  'published', 'purchased', 'replaced', 'ruled', 'scored', 'sculpted', 'succeeded', 'sung', 'voiced', 'won',
  'written',
]);

// A name: capitalised words (digits, hyphens, apostrophes and an abbreviation's dots inside; "of", "de", "the",
// "of the" between: "Ruben Houkes of the Netherlands"). An agent: a name, or a list of names ("A, B and C", "A & B"), after "<verb> by (the)".
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:(?:of|de)[ \t]+(?:the[ \t]+)?|the[ \t]+)?${NAME_WORD})*`;
const AGENT = new RegExp(String.raw`\b(\p{L}+)[ \t]+by[ \t]+(?:the[ \t]+)?(${NAME}(?:(?:,[ \t]*|,?[ \t]+and[ \t]+|[ \t]*&[ \t]*)${NAME})*)`, 'gu');
/** A negation just before the verb ("was not directed by"): that act is denied, not credited. */
const NEGATED = /\b(?:not|never|n't)\s+(?:\p{L}+\s+)?$/iu;

interface Agent {
  readonly verb: string;
  readonly name: Evidence;
  readonly keys: ReadonlySet<string>;
  /** The content words before the verb in its sentence: what was done ("the show is"). */
  readonly subject: readonly string[];
}

/** How far back the words before a verb are read: a subject, not a paragraph. */
const SUBJECT_WINDOW = 300;
/** The end of a sentence (or of a clause after a semicolon). */
const SENTENCE_END = /[.!?;]\s/g;

const agentsOf = memoize((text: string): Agent[] => {
  const agents: Agent[] = [];
  for (const match of text.matchAll(AGENT)) {
    const verb = match[1]!.toLowerCase();
    if (!AGENT_VERBS.has(verb) || NEGATED.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const name = match[2]!;
    const keys = new Set(nameKeys(name));
    if (keys.size === 0) continue;
    const start = match.index + match[0].length - name.length;
    const subject = [...contentOf(text.slice(startAfterLast(text, match.index, SENTENCE_END, SUBJECT_WINDOW), match.index))];
    agents.push({ verb, name: { text: name, span: { start, end: start + name.length } }, keys, subject });
  }
  return agents;
}, (text: string) => text);

/** Least share of the claim's other content words that the other text has: the same act, not another one. */
export const AGENT_SWAP_MIN_SUPPORT = 0.6;

function swapIn(claim: string, other: string): { verb: string; claimAgent: Evidence; otherAgent: Evidence } | undefined {
  const mine = agentsOf(claim);
  if (mine.length === 0) return undefined;
  const theirs = agentsOf(other);
  for (const agent of mine) {
    const same = theirs.filter((x) => x.verb === agent.verb);
    if (same.length === 0) continue;
    // Another agent only where none of the other text's agents of that verb shares a word with any of the claim's.
    const claimAgents = mine.filter((x) => x.verb === agent.verb);
    if (claimAgents.some((a) => same.some((b) => [...a.keys].some((key) => b.keys.has(key))))) continue;
    // The same act: every word before the verb in the claim's sentence is in the other text ("the museum" is
    // not "the stadium"), and so are most of the claim's other words.
    const otherKeys = keysOf(other);
    if (!agent.subject.every((stem) => otherKeys.has(stem))) continue;
    const skip = new Set([stemmer(agent.verb), ...claimAgents.flatMap((a) => [...a.keys])]);
    const rest = [...contentOf(claim)].filter((stem) => !skip.has(stem));
    if (rest.length === 0 || rest.filter((stem) => otherKeys.has(stem)).length / rest.length < AGENT_SWAP_MIN_SUPPORT) continue;
    return { verb: agent.verb, claimAgent: agent.name, otherAgent: same[0]!.name };
  }
  return undefined;
}

export function agentSwapFindings(first: string, second: string): AgentSwapFinding[] {
  const claimed = onClaimSide(first, second, swapIn);
  if (!claimed) return [];
  const { side, found } = claimed;
  const [a, b] = side === 'first' ? [found.claimAgent, found.otherAgent] : [found.otherAgent, found.claimAgent];
  return [{ kind: 'agent-swap', verb: found.verb, side, first: a, second: b }];
}

export const agentSwapCheck = defineCheck({
  kind: 'agent-swap',
  feature: 'agent_swap',
  role: 'finding',
  run: (first, second) => agentSwapFindings(first.text, second.text),
  describe: (reason: AgentSwapFinding) => `another agent: ${reason.verb} by "${reason.first.text}" vs by "${reason.second.text}"`,
});
