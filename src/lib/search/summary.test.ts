import { describe, expect, it } from 'vitest';
import type { SearchHit } from './engine';
import { resultSummary } from './summary';

const hits = (n: number) => Array.from({ length: n }, () => ({}) as SearchHit);

describe('resultSummary', () => {
  it('counts the results and says when only the best are shown', () => {
    expect(resultSummary({ hits: hits(0), total: 0 }, 'xyz')).toBe('No results for “xyz”.');
    expect(resultSummary({ hits: hits(1), total: 1 }, 'keys')).toBe('1 result for “keys”.');
    expect(resultSummary({ hits: hits(12), total: 30 }, 'keys')).toBe('30 results for “keys”; showing the best 12.');
  });

  it('counts partial matches apart', () => {
    expect(resultSummary({ hits: hits(12), total: 3, groupTotals: { pages: 10, sources: 8 } }, 'Tim Cook')).toBe(
      '3 results for “Tim Cook”, 15 more with some of the words; showing the best 12.',
    );
    expect(resultSummary({ hits: hits(2), total: 0, groupTotals: { pages: 1, sources: 1 } }, 'a b')).toBe(
      'No result has all the words of “a b”; 2 have some of them.',
    );
  });

  it('says when the query was corrected', () => {
    expect(resultSummary({ hits: hits(4), total: 4, corrected: { from: 'backdoro', to: 'backdoor' } }, 'backdoro')).toBe(
      'No match for “backdoro”; showing results for “backdoor”: 4 results for “backdoor”.',
    );
  });
});
