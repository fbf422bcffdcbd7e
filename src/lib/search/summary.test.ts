import { describe, expect, it } from 'vitest';
import { resultSummary } from './summary';

describe('resultSummary', () => {
  it('says when nothing matched', () => {
    expect(resultSummary(0, 0, 'xyz')).toBe('No results for “xyz”.');
  });
  it('counts one and many', () => {
    expect(resultSummary(1, 1, 'zero days')).toBe('1 result for “zero days”.');
    expect(resultSummary(3, 3, 'keys')).toBe('3 results for “keys”.');
  });
  it('says when only the best are shown', () => {
    expect(resultSummary(12, 40, 'China')).toBe('40 results for “China”; showing the best 12.');
  });
});
