import { ANTONYM_MIN_OVERLAP } from './antonyms.js';
import { defineCheck } from './check.js';
import { ANY_YEAR } from './dates.js';
import { inFalseClaim } from './falsity.js';
import type { EndedOngoingFinding, Evidence } from './finding.js';
import { memoize } from './memo.js';
import { sentenceAt } from './sentences.js';
import { contentStems, overlap } from '../statements/words.js';

/**
 * Something that ended against the same thing still going on: "The mayor resigned on Friday" / "The mayor
 * remains in office", "The suspect was arrested in Lyon" / "The suspect is still at large", "Singer cancels
 * world tour" / "The tour will go ahead as planned". No single pair of words is opposite here (WordNet links
 * "resign" to nothing and "remain" to "change"), so each kind of ending has its own ways of saying that the
 * thing goes on.
 */
interface Ending {
  /** What the kind is, for the reason's text. */
  readonly name: string;
  /** Ways of saying it ended. */
  readonly ended: RegExp;
  /** Ways of saying it goes on, read alone ("at large", "went ahead"). */
  readonly ongoing: RegExp;
  /** Words of the thing going on, read after "still", "remains", "continues to", "keeps" or "stays" ("is still in the cabinet", "keeps his job"). */
  readonly state: string;
  /** The ending goes somewhere: a going-on in that place agrees with it ("moved to Dallas" / "still based in Dallas"). */
  readonly goesSomewhere?: true;
  /**
   * What the ending is from is named right after each phrase, the same on both sides ("withdrew from the city" /
   * "still hold the city", "pulled out of the summit" / "will attend the summit"; not "still hold the airport").
   */
  readonly sameObject?: true;
  /** The going-on's state names the thing itself ("is still in recession", "remains under lockdown"). */
  readonly stateNamesThing?: true;
}

const w = (words: string) => new RegExp(`\\b(?:${words})\\b`, 'giu');

const ENDINGS: readonly Ending[] = [
  {
    name: 'left office',
    ended: w(`(?:sacked|fired|ousted|dismissed) (?:its|their|the|his|her) (?:[\\p{L}-]+ )?(?:manager|coach|chief executive|ceo|boss|director|chairman|chairwoman|captain|editor|minister|head)|resign(?:s|ed|ing)?|resignation|step(?:s|ped|ping)? down|stood down|stand(?:s|ing)? down|quit(?:s|ting)? (?:as|his|her|the|their)|(?:was|were|been|being|is|are|be|got) (?:ousted|fired|sacked|dismissed|removed from (?:office|power|his post|her post))|(?:was|were|been|being|is|are|be) replaced (?:as|by)|(?:sacked|fired|ousted)(?= (?:after|over|amid|following|for)\\b)`),
    // ("remains spokesperson of Hooli", "remains the bank's governor": a title of something.)
    ongoing: w(`stay(?:s|ed|ing)? on|(?:job|post|position|place) (?:is|was|remains|remained) (?:safe|secure)|keep(?:s|ing)? (?:his|her|their) (?:job|post|seat)|kept (?:his|her|their) (?:job|post|seat)|remain(?:s|ed)? (?:as )?(?:the |its |their )?(?!one\\b|part\\b|some\\b|unaware\\b|free\\b|open\\b|closed\\b|in\\b|at\\b)[\\p{L}-]+(?: [\\p{L}-]+)? of|(?:remain(?:s|ed)?|(?:has|have) always been) (?:as )?(?:the |its |their |his |her |a |an )?(?:\\p{L}+'s )?(?:[\\p{L}-]+ )?(?:chief|head|leader|president|chair(?:man|woman)?|governor|director|spokes(?:man|woman|person)|minister|secretary|manager|coach|captain|editor|drummer|singer|guitarist|bassist|keyboardist|frontman)`),
    state: `office|power|charge|post|job|role|cabinet|government|serv(?:e|es|ing)|lead(?:s|ing)?|run(?:s|ning)?|head(?:s|ing)?|chief|president|minister|leader|chair(?:man|woman)?|ceo|mayor|governor|manager|coach|director`,
  },
  {
    name: 'caught',
    ended: w(`(?:was|were|been|being|is|are|be|got) (?:arrested|captured|recaptured|detained|caught|apprehended|jailed|imprisoned)|(?:arrested|captured|recaptured|detained|caught|apprehended) (?:the|a|an|two|three|several|\\p{Lu}\\p{L}+)|recaptured|in custody|taken into custody|turned (?:himself|herself|themselves) in`),
    ongoing: w(`at large|on the run|evaded (?:capture|arrest|police)|(?:has|have|had) (?:still )?not been (?:caught|found|arrested|captured|traced)|(?:hasn't|haven't) been (?:caught|found|arrested|captured|traced)`),
    state: `free|missing|wanted|sought|searching|hunt(?:ed|ing)?`,
  },
  {
    name: 'released',
    ended: w(`(?:was|were|been|being|is|are|be|got) (?:freed|released|rescued|set free|let go)|freed|escaped`),
    ongoing: w(`in captivity|(?:still|remain(?:s|ed)?) (?:being )?held|held hostage`),
    state: `held|captive|captivity|hostage|custody|prison|jail|detained|detention|behind bars|imprisoned|jailed`,
  },
  {
    name: 'broke up',
    ended: w(`split(?:s|ting)? up|split in \\d{4}|broke up|break(?:s|ing)? up|break-up|disband(?:s|ed|ing)?|(?:was|were|been) dissolved`),
    ongoing: w(`(?:still|remain(?:s|ed)?|stay(?:s|ed)?) together`),
    state: `together|tour(?:s|ing)?|record(?:s|ing)?|perform(?:s|ing)?|play(?:s|ing)?|active|making music`,
  },
  {
    name: 'called off',
    ended: w(`cancel(?:s|led|ed|ling|ing)?|cancellation|call(?:s|ed|ing)? off|called (?:it|the \\p{L}+) off|scrap(?:s|ped|ping)?|axed|(?:return(?:s|ed|ing)?|went back|go(?:es)? back|going back) to work`),
    ongoing: w(`go(?:es|ing)? ahead|went ahead|as planned|as scheduled|(?:will|would|is to|are to) (?:still )?(?:take place|proceed|be held)|continues(?!\\s+(?:to|with)\\b)|(?:is|are) continuing(?!\\s+(?:to|with)\\b)|will continue(?!\\s+(?:to|with)\\b)|(?:is|are) still on\\b|(?:operated|ran|run|running|operating) (?:normally|as (?:usual|normal))`),
    state: `on schedule|on track|planned|scheduled|going ahead`,
  },
  {
    name: 'died',
    // ("The body of the missing hiker was recovered", "divers found the body of"; a life's years after a name,
    // "Henrik Sorensen (1931-2004)")
    ended: w(`died|dies|dead|drowned(?! out)|perished|(?:was|were|been) killed|(?<!(?:governing|legislative|student|advisory|regulatory|main|whole|large) )bod(?:y|ies) of [^.;!?]{0,60}?(?:was|were|has been|have been) (?:found|recovered|discovered|identified|pulled|washed)(?! to\\b)|(?:found|recovered|discovered|identified) the bod(?:y|ies) of|(?:1[5-9]|20)\\d\\d\\s*[-–—]\\s*(?:1[5-9]|20)\\d\\d(?=\\))`),
    // ("all 48 passengers were rescued": every one of them, so none died.)
    ongoing: w(`alive|all (?:\\d+ |of the |the )?(?:[\\p{L}-]+ ){0,3}?(?:(?:were|was|have been|had been) )?(?:rescued|saved|accounted for)|(?:is|are) (?:still )?(?:a |an )living|(?:is|are) still living|(?:arrested|found|rescued|freed|released) (?:unharmed|unhurt|uninjured)|made a (?:full |complete |good )?recovery|fully recovered|has (?:since )?recovered|(?:has|have|had) gone home|(?:was|were|been) discharged`),
    state: `living|healthy|in good health|stable condition|doing well`,
  },
  {
    name: 'fell through',
    ended: w(`collaps(?:e|es|ed|ing)|broke down|fell apart|fell through|ended without (?:an? )?(?:agreement|deal)`),
    ongoing: w(`(?:would|will|to) (?:continue|resume)|(?:reached|struck|signed|agreed) (?:an? |the )?(?:[\\p{L}-]+ )?(?:agreement|deal|accord)|(?:been|was|were) a success`),
    state: `talking|negotiating|under way|ongoing|on track`,
  },
  {
    name: 'closed',
    ended: w(`(?:closed|closes|closing|shut) (?:down|for good|permanently|its doors|all)|shut(?:s|ting)? down|closure|ceased (?:publication|operations|trading|broadcasting|production)|went (?:out of business|bankrupt|bust)|(?:was|were|been) (?:closed|demolished|torn down|destroyed)|demolished|torn down|closed to (?:traffic|passengers|the public|visitors|shipping)|closed in (?:\\d{4}|the (?:early |mid-|late )?\\d{4}s)\\b|disused|decommissioned`),
    ongoing: w(`(?:still|remains?|remained|stay(?:s|ed)?|kept) open`),
    state: `open|operat(?:e|es|ing|ion)|fl(?:y|ies|ying)|trad(?:e|es|ing)|in business|in use|in service|used|stand(?:s|ing)?|run(?:s|ning)?|publish(?:ed|es|ing)?|print(?:ed|s|ing)?|broadcast(?:s|ing)?|on air|airing|produc(?:e|es|ed|ing)`,
  },
  {
    // A closure or halt undone: "The bridge reopened to traffic" / "The bridge will stay closed".
    name: 'reopened',
    ended: w(`re-?open(?:s|ed|ing)?|resum(?:e|es|ed|ing)|back (?:open|in (?:service|operation))`),
    ongoing: w(`(?:remain(?:s|ed)?|stay(?:s|ed)?|still|kept) (?:closed|shut|suspended|halted|off-limits|out of (?:service|action|use))`),
    state: `closed|shut|suspended|halted|grounded|out of service|off-limits|on hold|paused|blocked`,
  },
  {
    // Put off to a later date: "The concert was postponed until spring" / "The concert went ahead as scheduled".
    name: 'postponed',
    ended: w(`postpone(?:s|d|ment)?|(?:was|were|been|be) (?:delayed|put off|pushed back)`),
    ongoing: w(`(?:went|go(?:es)?|going) ahead as (?:planned|scheduled)|as (?:originally )?(?:planned|scheduled)|on schedule|went ahead|took place as (?:planned|scheduled)`),
    state: `on schedule|on track`,
  },
  {
    // A move against always or still being there: "moved its headquarters to Dallas" / "has always been based in Chicago".
    name: 'moved',
    ended: w(`(?:moved|relocated) (?:its|their|his|her|the) (?:[\\p{L}-]+ )?(?:headquarters|head office|base|offices?|operations|seat)|relocated to`),
    ongoing: w(`(?:has|have|had) always been (?:based|headquartered|located)|(?:still|remains?|remained) (?:based|headquartered|located)|(?:is|are) (?:now |currently )?(?:based|headquartered|located) in|(?:headquarters|head office) (?:is|are) (?:now |currently )?(?:located |based )?in`),
    state: `based|headquartered|located`,
    goesSomewhere: true,
  },
  {
    // Taken over against independence: "The company was acquired by Norcom" / "The company has always been independent".
    name: 'taken over',
    ended: w(`(?:was|were|been|being) (?:acquired|bought|taken over|purchased|absorbed) by|merged (?:with|into)`),
    ongoing: w(`(?:has|have|had) always been (?:independent|independently owned)|(?:still|remains?|remained) (?:independent|independently owned)`),
    state: `independent|independently owned`,
  },
  {
    name: 'dropped',
    ended: w(`abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|withdr(?:ew|awn)|(?:was|were|been) dropped|dropped (?:the|its|their|a)`),
    ongoing: w(`(?:is|are|was) (?:still )?(?:under consideration|being debated|on the table)`),
    state: `moving|pending|under consideration|debated|on the table|going ahead|planned|alive`,
  },
  {
    name: 'retired',
    ended: w(`retir(?:e|es|ed|ing)|retirement|hung up (?:his|her) boots`),
    ongoing: w(`(?:is|are) (?:still )?(?:an )?active (?:player|athlete)`),
    state: `play(?:s|ing)?|compet(?:e|es|ing)|rac(?:e|es|ing)|fight(?:s|ing)?|active`,
  },
  {
    name: 'pulled out',
    // Of an event one was to attend or take part in: "has pulled out of the summit" / "will attend the summit".
    ended: w(`pull(?:s|ed|ing)? out of|withdr(?:ew|awn|aws|aw) from|dropp(?:ed|ing) out of|drops? out of|bow(?:s|ed|ing)? out of`),
    ongoing: w(`(?:will|to|set to|due to|(?:is|are) going to) (?:still )?(?:attend|take part in|compete in|participate in|appear at|speak at)|(?:is|are) (?:still )?(?:attending|taking part in|competing in|participating in)|confirmed (?:his|her|their|its) (?:attendance|participation)`),
    // Or of a place held ("withdrew from the city" / "still hold the city").
    state: `attend(?:s|ing)?|taking part|competing|participating|hold(?:s|ing)?|control(?:s|ling)?|occup(?:y|ies|ying)`,
    sameObject: true,
  },
  {
    // Twenty-seventh round: a state of affairs that ended (a ceasefire, a ban, a drought, a war, a law) against the
    // same thing still going on or in force: "The ceasefire collapsed within days" / "The ceasefire is still
    // holding", "The treaty expired in 2021" / "The treaty is still in force", "The lockdown in the city was lifted"
    // / "The city remains under lockdown".
    name: 'ended',
    ended: w(`ended|came to an end|(?:was|were|is|are|been) (?:declared |now )?over(?![ \\t]+(?:[$€£]?\\d|a|an|the|half|twice|double|budget|capacity|here|there)\\b)|collapsed|(?:was|were|been|being) (?:lifted|repealed|abolished|rescinded|revoked|scrapped|struck down|overturned)|(?:lifted|repealed|abolished|rescinded|revoked|scrapped) (?:the|its|their|a) (?:[\\p{L}-]+ )?(?:ban|curfew|lockdown|restrictions|sanctions|state of emergency|embargo|blockade|siege|law|rule|measure|order)|expired|lapsed`),
    ongoing: w(`(?:is|are) still (?:going on|ongoing|under way|underway|in (?:force|place|effect|progress))|(?:remain(?:s|ed)?|stay(?:s|ed)?) in (?:force|place|effect)|(?:is|are) (?:still )?(?:continuing|holding)(?!\\s+(?:to|with|on|talks|a|an|the)\\b)|continues(?!\\s+(?:to|with)\\b)|(?:has|have) held|(?:continued|went on|dragged on|raged on) (?:for (?:[\\p{L}\\d-]+ )?(?:months|years|decades) )?(?:after|beyond|past)`),
    state: `going on|ongoing|under way|underway|in force|in place|in effect|in progress|continuing|holding|under lockdown|under curfew|in recession|in drought|on strike|at war`,
    stateNamesThing: true,
  },
  {
    // Leaving office at the end of a term against running again: "will not seek re-election" / "will run for a
    // fourth term".
    name: 'retiring',
    ended: w(`(?:will|would|is to|to|does|did)\\s+(?:not|n't)\\s+(?:seek|run for|stand for)\\s+re-?election|(?:(?:will|would)\\s+not|won't)\\s+(?:run|stand)\\s+again|(?:to|will)\\s+retire\\s+(?:at|when)\\s+(?:the\\s+)?end\\s+of|(?:is|are)\\s+retiring\\s+(?:at|when)`),
    ongoing: w(`(?:will|is to|to|is|are|has|have)\\s+(?:also\\s+)?(?:run|running|stand|standing|seek|seeking|sought)\\s+(?:again|re-?election|for\\s+(?:re-?election|(?:a|another|an)\\s+(?:[\\p{L}-]+\\s+)?term))|(?:announced|launched|confirmed)\\s+(?:(?:his|her|their)\\s+)?(?:bid|campaign)\\s+for\\s+(?:re-?election|(?:a|another|an)\\s+(?:[\\p{L}-]+\\s+)?term)`),
    state: `in the race`,
  },
  {
    name: 'died out',
    ended: w(`extinct|died out|wiped out`),
    ongoing: w(`thriv(?:e|es|ed|ing)|flourish(?:es|ing)?|surviv(?:e|es|ing)|(?:populations?|numbers) (?:are|is|have|has) (?:grown|growing|stable|increasing|recovering)`),
    state: `exist(?:s)?|living|alive|found|surviv(?:e|es|ing)|thriving`,
  },
];

/** "still", "remains", "continues to", "keeps", "stays": the thing goes on; its state follows within four words. */
const GOES_ON = `(?:still|remain(?:s|ed|ing)?|continu(?:e|es|ed|ing) to|keep(?:s|ing)?|kept|stay(?:s|ed|ing)?)`;
/** Each kind's patterns of going on: its own phrases, and its states after a going-on word. */
const ONGOING_PATTERNS = new Map(ENDINGS.map((ending) => [ending, [ending.ongoing, new RegExp(`\\b${GOES_ON}(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:${ending.state})\\b`, 'giu')]]));

/** A word that takes the ending or the going-on back, or makes it only asked for or feared. */
const UNSAID = /\b(?:not|never|n't|no longer|nor|denie[sd]|deny(?:ing)?|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|threat(?:en|ens|ened|ening) to|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:for|on)|calls to|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|pressure to|whether|if|unless|could|might|rumou?rs?|would have|fail(?:s|ed)? to|without)\b[^.;!?]{0,25}$/iu;
/** An ending only intended or expected ("plans to step down" need not be against "remains in office" now). */
const INTENDED = /\b(?:expect(?:s|ed)? to|plans? to|planned to|planning to|likely to|set to|poised to|about to|intends? to|wants? to|hopes? to)\b[^.;!?]{0,12}$/iu;

/** A going-on said to be over, after "after" or "following" ("recaptured after three days on the run"). */
const PAST = /\b(?:after|following)\b[^.;!?,]{0,25}$/iu;

/** A spell of time after a phrase ("for three days"). */
const SPELL = /^\s+for\s+(?:[\p{L}\d-]+\s+){0,2}(?:hours?|days?|nights?|weeks?|months?|years?|decades?)\b/iu;

interface Hit extends Evidence {
  readonly ending: Ending;
}

function hits(text: string, which: 'ended' | 'ongoing'): Hit[] {
  const found: Hit[] = [];
  for (const ending of ENDINGS) {
    for (const re of which === 'ended' ? [ending.ended] : ONGOING_PATTERNS.get(ending)!) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        // ("calls for the mayor to resign": an ending asked for, not said.)
        if (UNSAID.test(before) || (which === 'ended' && (INTENDED.test(before) || /\bto\s+$/iu.test(before)))) continue;
        // A going-on that is over: "recaptured after three days on the run", "was on the run for three days".
        if (which === 'ongoing' && (PAST.test(before) || (/\b(?:was|were)\s+(?:[\p{L}-]+\s+)?$/iu.test(before) && SPELL.test(text.slice(m.index + m[0].length))))) continue;
        found.push({ ending, text: m[0], span: { start: m.index, end: m.index + m[0].length } });
      }
    }
  }
  return found;
}

/** Both kinds of phrase of a text (memoised: a claim meets many texts). */
const phrasesOf = memoize((text: string) => ({ ended: hits(text, 'ended'), ongoing: hits(text, 'ongoing') }), (text: string) => text);

/** Another one of several ("a second suspect", "the other two", "the rest of the band"): not the one the other text means. */
const ANOTHER = /\b(?:another|other|others|second|third|fourth|remaining|rest|one of|two of|three of|some of|several|accomplices?|fellow)\b/iu;

/** The content stems of a phrase's sentence before it, the last eight: its subject and what leads up to it. */
function wordsBefore(text: string, sentenceStart: number, hit: Evidence): string[] {
  return [...contentStems(text.slice(sentenceStart, hit.span.start))].slice(-8);
}

/** The stems of a going-on word ("still", "remains", "keeps"), which say nothing of what goes on. */
const GOING_ON_STEMS = new Set(['still', 'remain', 'continu', 'keep', 'kept', 'stai', 'stay']);
/** Whether two going-on phrases name the same state ("remains in office" / "stays in office"), or say nothing but going on. */
function sameState(x: Evidence, y: Evidence): boolean {
  const a = [...contentStems(x.text)].filter((stem) => !GOING_ON_STEMS.has(stem));
  const b = new Set([...contentStems(y.text)].filter((stem) => !GOING_ON_STEMS.has(stem)));
  return a.length === 0 || b.size === 0 || a.some((stem) => b.has(stem));
}

/** Whether the place named after a going-on ("based in Dallas") is where the move went ("to Dallas"). */
function movedThere(x: string, ended: Evidence, y: string, ongoing: Evidence): boolean {
  const place = /^\s*(?:(?:in|at)\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]*)/u.exec(y.slice(ongoing.span.end))?.[1];
  // (Not where it moved from: "moved its headquarters from Chicago to Dallas" / "is in Chicago".)
  const after = x.slice(ended.span.end, ended.span.end + 60);
  return place !== undefined && after.includes(place) && !after.includes(`from ${place}`) && !after.includes(`from the ${place}`);
}

/** "since 2015": a going-on from that year to now. */
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(\d{4})\b/iu;
/** Whether a going-on's sentence says it has gone on since a year no later than one of the ending's ("reopened in 2019" / "has remained closed since 2015"). */
function goesOnSince(sentence: string, endedYears: readonly string[]): boolean {
  const since = SINCE_YEAR.exec(sentence)?.[1];
  return since !== undefined && endedYears.some((year) => /^\d{4}$/.test(year) && Number(year) >= Number(since));
}

/** The first content stem within 40 characters after a phrase ("withdrew from the city" -> citi). */
const objectAfter = (text: string, hit: Evidence) => contentStems(text.slice(hit.span.end, hit.span.end + 40)).values().next().value;
/** Whether what one phrase is from is what the other's is of (`Ending.sameObject`). */
function sameObjectAfter(x: string, ended: Evidence, y: string, ongoing: Evidence): boolean {
  const object = objectAfter(x, ended);
  return object !== undefined && object === objectAfter(y, ongoing);
}

/** A sentence's content stems less those of a phrase in it. */
function without(stems: ReadonlySet<string>, hit: Evidence): Set<string> {
  const phrase = contentStems(hit.text);
  return new Set([...stems].filter((stem) => !phrase.has(stem)));
}

/**
 * The first ending in one text whose thing goes on in the other, with both phrases, ended side first, and
 * whether the ending is in `first`. The two phrases' sentences must share 30 % of their content words, and each
 * phrase's subject must be named in the other's sentence ("the mayor", "the tour"): a text may say one thing
 * ended and another goes on. Not where a text says both
 * (it "resigned as party leader but remains in office"), where one side is another of several ("a second
 * suspect is still at large"), nor where the two sentences give different years ("cancelled in 2020" / "will
 * go ahead as planned in 2022").
 */
export function endedAgainstOngoing(first: string, second: string): { ended: Hit; ongoing: Hit; endedFirst: boolean } | undefined {
  for (const [x, y, endedFirst] of [[first, second, true], [second, first, false]] as const) {
    const there = phrasesOf(y);
    if (there.ongoing.length === 0) continue;
    const here = phrasesOf(x);
    for (const ended of here.ended) {
      if (there.ended.some((h) => h.ending === ended.ending)) continue;
      const a = sentenceAt(x, ended.span.start);
      if (!a || ANOTHER.test(x.slice(a.span.start, ended.span.start))) continue;
      const yearsA: readonly string[] = a.text.match(ANY_YEAR) ?? [];
      const stemsA = without(a.stems, ended);
      // The ending's subject, or what was ended ("arrested the man", "cancelled the festival").
      // (Or, in the phrase, who was ended: "sacked its head coach".)
      // After a passive's "by", the agent ("was replaced by David Cho"): not what ended, and not a subject the
      // other side may say goes on ("David Cho remains chief executive").
      const agent = /\bby$/iu.test(ended.text) ? contentStems(/^[^,;.!?]*/u.exec(x.slice(ended.span.end, ended.span.end + 40))![0]) : new Set<string>();
      const endedOf = [
        ...wordsBefore(x, a.span.start, ended),
        ...[...contentStems(x.slice(ended.span.end, Math.min(a.span.end, ended.span.end + 40)))].filter((stem) => !agent.has(stem)),
        ...contentStems(/\b(?:its|their|the|his|her)\s+(.*)$/iu.exec(ended.text)?.[1] ?? ''),
      ];
      for (const ongoing of there.ongoing) {
        if (ongoing.ending !== ended.ending) continue;
        // The same text says this thing goes on too ("resigned as party leader but remains in office" / "remains
        // in office"); another thing it says goes on is no matter ("resigned from the cabinet but remains a
        // member of parliament" / "is still in the cabinet").
        if (here.ongoing.some((h) => h.ending === ended.ending && sameState(h, ongoing))) continue;
        // Still where it moved to ("moved its headquarters to Dallas" / "is still based in Dallas").
        if (ended.ending.goesSomewhere && movedThere(x, ended, y, ongoing)) continue;
        const b = sentenceAt(y, ongoing.span.start);
        if (!b || ANOTHER.test(y.slice(b.span.start, ongoing.span.start))) continue;
        const yearsB: readonly string[] = b.text.match(ANY_YEAR) ?? [];
        if (yearsA.length > 0 && yearsB.length > 0 && !yearsA.some((year) => yearsB.includes(year)) && !goesOnSince(b.text, yearsA)) continue;
        // The sentences are about the same thing, and each phrase's subject is named in the other sentence.
        // (Two statements of one sentence each need only the subjects: "The bridge reopened to traffic on Monday" /
        // "The bridge will stay closed for at least another year" share a quarter of their words.)
        const single = a.text.length === x.trim().length && b.text.length === y.trim().length;
        if (!single && overlap(stemsA, without(b.stems, ongoing)) < ANTONYM_MIN_OVERLAP) continue;
        // (The going-on's subject, or what it goes on in or on: "Trains still run on the Tarn Valley Railway"; not
        // for an ending of a place or event left, whose object both sides name: "The president has pulled out of
        // the summit" / "The prime minister will attend the summit".)
        // (Not after "continued after": what follows is when, "Rationing continued after the war"; and it must be
        // the ending itself, its maker or its date, "The treaty ended the war" / "The war went on after the
        // treaty", not another event, "The war ended in 1815" / "The war continued after the fall of Leipzig".)
        const following = y.slice(ongoing.span.end, Math.min(b.span.end, ongoing.span.end + 40));
        const until = /\b(?:after|beyond|past)$/iu.test(ongoing.text);
        if (until) {
          const anchorYears = following.match(ANY_YEAR) ?? [];
          if (![...contentStems(following)].some((stem) => a.stems.has(stem)) && !anchorYears.some((year) => yearsA.includes(year))) continue;
        }
        const after = ended.ending.sameObject || until ? [] : contentStems(following);
        const subject = wordsBefore(y, b.span.start, ongoing);
        if (subject.some((stem) => agent.has(stem))) continue;
        const ongoingOf = [...subject, ...after, ...(ended.ending.stateNamesThing ? [...contentStems(ongoing.text)].filter((stem) => !GOING_ON_STEMS.has(stem)) : [])];
        if (!endedOf.some((stem) => b.stems.has(stem)) || !ongoingOf.some((stem) => a.stems.has(stem))) continue;
        if (ended.ending.sameObject && !sameObjectAfter(x, ended, y, ongoing)) continue;
        return { ended, ongoing, endedFirst };
      }
    }
  }
  return undefined;
}

/** The ending against the same thing going on, as a finding (first statement's phrase first). */
export function endedOngoingFindings(first: string, second: string): EndedOngoingFinding[] {
  const found = endedAgainstOngoing(first, second);
  if (!found) return [];
  const [x, y] = found.endedFirst ? [found.ended, found.ongoing] : [found.ongoing, found.ended];
  // Inside a claim the other statement calls false ("Reports that the mayor resigned are false").
  if (inFalseClaim(first, second, x.span, y.span)) return [];
  const evidence = (hit: Hit): Evidence => ({ text: hit.text, span: hit.span });
  return [{ kind: 'ended-ongoing', first: evidence(x), second: evidence(y), ending: found.ended.ending.name, endedFirst: found.endedFirst }];
}

export const endedOngoingCheck = defineCheck({
  kind: 'ended-ongoing',
  feature: 'ended_ongoing',
  role: 'finding',
  run: (first, second) => endedOngoingFindings(first.text, second.text),
  describe: (reason: EndedOngoingFinding) => {
    const [ended, ongoing] = reason.endedFirst ? [reason.first, reason.second] : [reason.second, reason.first];
    return `ended against going on (${reason.ending}): "${ended.text}" vs "${ongoing.text}"`;
  },
});
