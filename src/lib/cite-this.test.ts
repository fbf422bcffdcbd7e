import { describe, expect, it } from 'vitest';
import { citationAddress, formatCitation } from './cite-this';
import { formatIsoDate } from './format-date';

describe('formatCitation', () => {
  it('names site, title, revision and address', () => {
    expect(
      formatCitation({ siteTitle: 'Sourcebook', pageTitle: 'Bank rules', updated: '2026-11-23', address: 'https://x.org/bank-rules/' }, formatIsoDate),
    ).toBe('Sourcebook, “Bank rules”, updated 23 November 2026. https://x.org/bank-rules/');
  });

  it('leaves out the revision when there is none', () => {
    expect(formatCitation({ siteTitle: 'S', pageTitle: 'T', updated: null, address: '/t/' }, formatIsoDate)).toBe('S, “T”. /t/');
  });
});

describe('citationAddress', () => {
  it('is absolute only when the deployment URL is known', () => {
    expect(citationAddress('/repo/bank-rules/', new URL('https://example.org'))).toBe('https://example.org/repo/bank-rules/');
    expect(citationAddress('/repo/bank-rules/', undefined)).toBe('/repo/bank-rules/');
  });
});
