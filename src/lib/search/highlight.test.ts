import { describe, expect, it } from 'vitest';
import { findMatches, queryTerms, withHighlight } from './highlight';

describe('queryTerms', () => {
  it('lower-cases, trims punctuation, drops one-letter words and repeats', () => {
    expect(queryTerms('  "Zero days" a ZERO, 22-page ')).toEqual(['zero', 'days', '22-page']);
  });
});

describe('withHighlight', () => {
  it('puts the words before the fragment', () => {
    expect(withHighlight('/sources/cluley/#p4', '22-page document')).toBe('/sources/cluley/?pagefind-highlight=22-page&pagefind-highlight=document#p4');
  });

  it('keeps other parameters and replaces an old highlight', () => {
    expect(withHighlight('/sub/a/?x=1&pagefind-highlight=old', 'keys')).toBe('/sub/a/?x=1&pagefind-highlight=keys');
  });

  it('leaves the link alone when nothing is worth highlighting', () => {
    expect(withHighlight('/a/#b', ' a ')).toBe('/a/#b');
  });
});

describe('findMatches', () => {
  it('matches at word starts, case-insensitively, through the rest of the word', () => {
    const text = 'Zero days, an arsenal of zero-days; Hazero';
    expect(findMatches(text, ['zero', 'day']).map(([s, e]) => text.slice(s, e))).toEqual(['Zero', 'days', 'zero', 'days']);
  });

  it('treats terms literally, not as patterns', () => {
    expect(findMatches('a (b) a.b axb', ['a.b'])).toEqual([[6, 9]]);
  });

  it('finds nothing without terms', () => {
    expect(findMatches('anything', [])).toEqual([]);
  });
});
