import { describe, expect, it } from 'vitest';
import { invisibleInQuote, quoteProblem } from './quote-boundaries';

const passage = 'It is impossible to comply with such a request, and unlikely that the town would stand idly by. A ferry left.';

describe('quoteProblem', () => {
  it('accepts whole-word quotes of two words or eight letters', () => {
    expect(quoteProblem(passage, 'impossible to comply')).toBeNull();
    expect(quoteProblem(passage, 'stand idly by.')).toBeNull();
    expect(quoteProblem(passage, 'impossible')).toBeNull();
    expect(quoteProblem(passage, 'A ferry')).toBeNull();
  });
  it('refuses a quote that starts or ends inside a word, showing the whole word', () => {
    expect(quoteProblem(passage, 'possible to comply')?.reason).toBe(
      'The quote “possible to comply” starts or ends inside a word of the source, which reads “impossible to comply”.',
    );
    expect(quoteProblem(passage, 'likely that the town')?.reason).toMatch(/“unlikely that the town”/);
    expect(quoteProblem(passage, 'to comply with such a req')?.reason).toMatch(/“to comply with such a request”/);
  });
  it('accepts a quote when one of its occurrences is whole', () => {
    expect(quoteProblem('unlikely, but likely enough', 'likely enough')).toBeNull();
  });
  it('refuses quotes too short to mean anything', () => {
    expect(quoteProblem(passage, 'a')?.reason).toMatch(/too short/);
    expect(quoteProblem(passage, 'ferry')?.reason).toMatch(/too short/);
    expect(quoteProblem(passage, 'request')).toBeNull();
  });
});

describe('invisibleInQuote', () => {
  it('names a zero-width space and where it is', () => {
    expect(invisibleInQuote('impossible\u200B to comply')?.reason).toBe(
      'The quote “impossible\u200B to comply” contains the invisible character U+200B after “impossible”.',
    );
    expect(invisibleInQuote('impossible to comply')).toBeNull();
  });
});
