import { describe, expect, it } from 'vitest';
import type { SearchHit } from './engine';
import { correctQuery, unmatchedTerms } from './typos';

const hit = (...marks: string[]): SearchHit => ({
  url: '/',
  title: 't',
  section: undefined,
  kind: undefined,
  topic: undefined,
  site: undefined,
  excerpt: marks.flatMap((m) => [
    { text: 'around ', marked: false },
    { text: m, marked: true },
  ]),
});

describe('unmatchedTerms', () => {
  it('counts stemmed and prefixed marks as found', () => {
    expect(unmatchedTerms('zero days', [hit('zero', 'day')])).toEqual([]);
    expect(unmatchedTerms('encryption keys', [hit('encrypted', 'keys.')])).toEqual([]);
  });

  it('reports a word whose only marks share its first letters, or that nothing marks', () => {
    expect(unmatchedTerms('backdoro', [hit('Back')])).toEqual(['backdoro']);
    expect(unmatchedTerms('Tim Cookk', [])).toEqual(['cookk']);
  });
});

describe('correctQuery', () => {
  it('replaces only the unmatched words that have a close known word', () => {
    expect(correctQuery('Apple backdoro', ['backdoro'], ['backdoor', 'apple'])).toBe('Apple backdoor');
    expect(correctQuery('zzzzqqq', ['zzzzqqq'], ['backdoor'])).toBeUndefined();
  });
});
