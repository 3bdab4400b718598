import { describe, expect, it } from 'vitest';
import { readable, runChecks } from '../../src/internal.js';

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
});
