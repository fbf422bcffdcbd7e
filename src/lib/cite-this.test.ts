import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS } from './citation-formats/format';
import { formatAccessed, permalink } from './cite-this';

const here = { origin: 'http://127.0.0.1:4407', pathname: '/repo/timeline/' };

describe('permalink', () => {
  it('uses the canonical URL when the site was built with its address', () => {
    expect(permalink('https://example.org/repo/timeline/', here, 'para-only-one')).toBe('https://example.org/repo/timeline/#para-only-one');
  });

  it('uses the page location when the canonical URL is the placeholder', () => {
    expect(permalink('https://sourcebook.invalid/repo/timeline/', here, 'how-to-read')).toBe('http://127.0.0.1:4407/repo/timeline/#how-to-read');
    expect(permalink(null, here)).toBe('http://127.0.0.1:4407/repo/timeline/');
  });
});

describe('formatAccessed', () => {
  const date = new Date(2026, 8, 5);

  it('writes every pattern the styles use, as they write the sentinel date', () => {
    const sentinel = new Date(1000, 0, 2);
    sentinel.setFullYear(1000);
    for (const [rendered, pattern] of Object.entries(DATE_PATTERNS)) expect(formatAccessed(sentinel, pattern)).toBe(rendered);
  });

  it('abbreviates months as the MLA style does', () => {
    expect(formatAccessed(date, 'D MMM. YYYY')).toBe('5 Sept. 2026');
    expect(formatAccessed(new Date(2026, 5, 30), 'D MMM. YYYY')).toBe('30 June 2026');
    expect(formatAccessed(date, 'MMMM D, YYYY')).toBe('September 5, 2026');
    expect([0, 2, 4, 5, 6, 7, 11].map((m) => formatAccessed(new Date(2026, m, 1), 'D MMM. YYYY'))).toEqual([
      '1 Jan. 2026',
      '1 Mar. 2026',
      '1 May 2026',
      '1 June 2026',
      '1 July 2026',
      '1 Aug. 2026',
      '1 Dec. 2026',
    ]);
    expect(formatAccessed(date, 'YYYY-MM-DD')).toBe('2026-09-05');
  });

  it('refuses a pattern it does not know', () => {
    expect(() => formatAccessed(date, 'DD.MM.YYYY')).toThrow(/Unknown/);
  });
});
