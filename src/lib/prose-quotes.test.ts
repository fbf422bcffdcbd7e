import { describe, expect, it } from 'vitest';
import { findQuotes, quoteIsSupported } from './prose-quotes';

describe('findQuotes', () => {
  it('finds straight and curly double quotes with their offsets', () => {
    expect(findQuotes('Erlin said “ends with piracy” and "zero days".')).toEqual([
      { words: 'ends with piracy', offset: 12 },
      { words: 'zero days', offset: 35 },
    ]);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(findQuotes("China's 'rules' aren't quoted")).toEqual([]);
  });
});

describe('quoteIsSupported', () => {
  const passage = 'The new rules, laid out in a 22-page document approved at the end of last year, are the first.';

  it('accepts words that occur, ignoring trailing punctuation inside the quote', () => {
    expect(quoteIsSupported('laid out in a 22-page document,', [passage])).toBe(true);
  });

  it('accepts an ellipsis for omitted words when each part occurs', () => {
    expect(quoteIsSupported('The new rules … approved at the end of last year', [passage])).toBe(true);
    expect(quoteIsSupported('The new rules ... a 40-page document', [passage])).toBe(false);
    expect(quoteIsSupported('end of last year … The new rules', [passage])).toBe(false);
  });

  it('accepts a nested quote written with single marks', () => {
    expect(quoteIsSupported('‘Terrorism’, it seems, is', ['"Terrorism", it seems, is the perfect boogeyman'])).toBe(true);
    expect(quoteIsSupported('‘Terror’, it seems', ['"Terrorism", it seems'])).toBe(false);
  });

  it('rejects words that are not in any cited passage', () => {
    expect(quoteIsSupported('a 23-page document', [passage, 'Another passage.'])).toBe(false);
    expect(quoteIsSupported('Another passage', [passage, 'Another passage.'])).toBe(true);
  });
});
