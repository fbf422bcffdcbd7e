import { describe, expect, it } from 'vitest';
import { elidedQuoteHint, findQuotes, longestPart, passagesHolding, quoteIsSupported } from './prose-quotes';

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

describe('passagesHolding and longestPart', () => {
  const passages: Array<[string, string]> = [
    ['p1', 'The rules take effect in March.'],
    ['p2', 'Critics said the rules were vague and sudden.'],
  ];
  it('names the passages that hold the words, omissions included', () => {
    expect(passagesHolding('rules were vague', passages)).toEqual(['p2']);
    expect(passagesHolding('Critics … sudden', passages)).toEqual(['p2']);
    expect(passagesHolding('the rules', passages)).toEqual(['p2']);
    expect(passagesHolding('sudden … Critics', passages)).toEqual([]);
  });
  it('picks the longest part of an elided quotation', () => {
    expect(longestPart('Critics … were vague and sudden')).toBe('were vague and sudden');
  });
});

describe('elidedQuoteHint', () => {
  const passage = 'Critics said the rules were vague and sudden.';
  it('says a citation quotes one unbroken run, and what to write instead', () => {
    expect(elidedQuoteHint('Critics … sudden', passage, '[@news ¶2')).toBe(
      "Each part occurs in the passage, but a citation's quote is one unbroken run of the passage's words, so it cannot leave words out with “…”. " +
        'Quote one part ([@news ¶2 "Critics"]), or write the shortened quotation in the sentence itself, where “…” marks left-out words: “Critics … sudden”[@news ¶2].',
    );
    expect(elidedQuoteHint('Critics ... vague', passage, '[@news ¶2')).toMatch(/^Each part occurs/);
    expect(elidedQuoteHint('vague … Critics', passage, '[@news ¶2')).toMatch(/^A citation's quote is one unbroken run/);
  });
  it('has nothing to say about a quote without an ellipsis', () => {
    expect(elidedQuoteHint('Critics said', passage, '[@news ¶2')).toBeUndefined();
  });
});
