import { describe, expect, it } from 'vitest';
import { casedAs, readable, runChecks } from '../../src/internal.js';

describe('readable: treebank-tokenized text read as prose', () => {
  it('leaves prose alone', () => {
    expect(readable('Nikolaj Coster-Waldau (born 27 July 1970) is a Danish actor.')).toBeUndefined();
    expect(readable("It isn't true, he said: \"no\".")).toBeUndefined();
  });

  it('reads brackets, quotes, clitics and spaced punctuation', () => {
    const given = "Nikolaj Coster-Waldau -LRB- born 27 July 1970 -RRB- is a Danish actor . He said `` no '' , and it is n't true , costing $ 5 .";
    expect(readable(given)?.text).toBe('Nikolaj Coster-Waldau (born 27 July 1970) is a Danish actor. He said "no", and it isn\'t true, costing $5.');
    expect(readable("We ca n't go ; Mary 's arm -LSB- sic -RSB- !")?.text).toBe("We can't go; Mary's arm [sic]!");
  });

  it('maps spans of the readable text back to the text as given', () => {
    const given = 'Coster-Waldau -LRB- born 1970 -RRB- is an actor .';
    const read = readable(given)!;
    const at = (s: string) => {
      const start = read.text.indexOf(s);
      const span = read.toGiven({ start, end: start + s.length });
      return given.slice(span.start, span.end);
    };
    expect(at('(born 1970)')).toBe('-LRB- born 1970 -RRB-');
    expect(at('born')).toBe('born');
    expect(at('actor.')).toBe('actor .');
    expect(read.toGiven({ start: read.text.length, end: read.text.length })).toEqual({ start: given.length, end: given.length });
  });

  it('checks a tokenized text as prose, with evidence in the text as given', () => {
    const first = "The minister did n't visit Kyiv .";
    const reasons = runChecks({ text: first }, { text: 'The minister visited Kyiv.' });
    const negation = reasons.find((r) => r.kind === 'negation');
    expect(negation).toMatchObject({ side: 'first', cue: { text: "did n't" } });
    const cue = (negation as { cue: { text: string; span: { start: number; end: number } } }).cue;
    expect(first.slice(cue.span.start, cue.span.end)).toBe(cue.text);
  });

  it('counts words without the punctuation tokens when choosing the evidence direction', () => {
    // 6 words against 3 once " ." is not a word: the longer text is read as evidence, and the agreeing count
    // is not weighed between statements of unlike length (as for the same pair written as prose).
    const tokenized = runChecks({ text: 'three dogs run through the grass .' }, { text: 'Three dogs run .' }).map((r) => r.kind);
    const prose = runChecks({ text: 'three dogs run through the grass.' }, { text: 'Three dogs run.' }).map((r) => r.kind);
    expect(tokenized).toEqual(prose);
  });

  it('reads a headline in title case or capitals as a sentence, leaving sentences dense with names alone', () => {
    expect(readable('Iran Denies Sending Drones to Russia')?.text).toBe('Iran denies sending drones to Russia');
    expect(readable('Protesters Clash With Police In The Capital')?.text).toBe('Protesters clash with police in the capital');
    expect(readable('IRAN DENIES SENDING DRONES TO RUSSIA, SAYS NATO')?.text).toBe('Iran denies sending drones to Russia, says NATO');
    // "May" after a word of time is the month.
    expect(readable('Fed May Raise Rates In May')?.text).toBe('Fed may raise rates in May');
    expect(readable('Tessa Marlow has won two Academy Awards, for Best Actress in 1994.')).toBeUndefined();
    expect(readable('Bayern Munich beat Borussia Dortmund in the final')).toBeUndefined();
    // Letters change case only: spans are the same.
    expect(readable('Iran Denies Sending Drones to Russia')!.toGiven({ start: 5, end: 11 })).toEqual({ start: 5, end: 11 });
  });

  it('writes a sentence-cased headline\'s words as the other text does', () => {
    expect(casedAs('Ozy media founder Carlos Watson', 'The founder of Ozy Media, Carlos Watson, was convicted.')).toBe('Ozy Media founder Carlos Watson');
    expect(casedAs('Police arrest President of the club', 'Police said the president of the club was arrested.')).toBe('Police arrest president of the club');
  });

  it('checks a headline in capitals with the names it shares and the words it does not', () => {
    const kinds = (a: string, b: string) => runChecks({ text: a }, { text: b }).map((r) => r.kind);
    expect(kinds('IRAN DID NOT SEND DRONES TO RUSSIA', 'Iran sent drones to Russia in the autumn.')).toContain('negation');
    expect(kinds('The Girl Is Standing Near The Leaning Tower Of Pisa In Sweden', 'The girl is standing near the Leaning Tower of Pisa in Holland.')).toContain('name-swap');
  });

  it('reads what scraped text carries: HTML entities, spaces of other widths, soft hyphens', () => {
    expect(readable('Iran didn&#39;t send drones &amp; missiles.')?.text).toBe("Iran didn't send drones & missiles.");
    expect(readable('It cost 10\u00a0000 euros\u00ad.')?.text).toBe('It cost 10 000 euros.');
    const given = 'Iran didn&#39;t send drones to Russia.';
    const negation = runChecks({ text: given }, { text: 'Iran sent drones to Russia.' }).find((r) => r.kind === 'negation') as { cue: { text: string } } | undefined;
    expect(negation?.cue.text).toBe('didn&#39;t');
  });

  it('swaps no names from a line of names read as a headline by its long words', () => {
    const kinds = (a: string, b: string) => runChecks({ text: a }, { text: b }).map((r) => r.kind);
    expect(kinds('GAME 3: at Indiana State Fair Coliseum, Indianapolis, Indiana, January 24, 1970', 'GAME 4: at Greensboro Coliseum, Greensboro, North Carolina, January 23, 1971')).not.toContain('name-swap');
    expect(kinds('Assistant Coaches: Darren Rath, Leo Nash', 'Ben Dragavon is an American soccer player who is currently an assistant coach.')).not.toContain('name-swap');
    // A headline with a verb still does.
    expect(kinds('Iran Sent Drones to Belarus', 'Iran sent drones to Russia in the autumn.')).toContain('name-swap');
  });
});

