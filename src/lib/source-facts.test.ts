import { describe, expect, it } from 'vitest';
import { sourceFacts, type FactSource } from './source-facts';

const news: FactSource = { kind: 'news report', site: 'Harbour Gazette', author: 'Ann Lee', date: '2015-04-23' };
const licence: FactSource = {
  kind: 'licence',
  site: 'foundation.example',
  author: null,
  authorNote: 'Issued by the foundation; no person is named.',
  date: '2004-01',
  version: '2.0',
  publisher: 'Harbour Foundation',
  url: 'https://foundation.example/licence-2.0',
  retrieved: '2026-11-30',
};
const rows = (source: FactSource) => sourceFacts(source).map((f) => [f.label, f.value, ...(f.note ? [f.note] : [])]);

describe('sourceFacts', () => {
  it('says of a news report only what it has: no version, publisher or original address', () => {
    expect(rows(news)).toEqual([
      ['Kind', 'news report'],
      ['Published by', 'Harbour Gazette'],
      ['Author', 'Ann Lee'],
      ['Date', '23 April 2015'],
    ]);
  });

  it('gives a licence its version, publisher, month and the address it was archived from', () => {
    expect(rows(licence)).toEqual([
      ['Kind', 'licence'],
      ['Version', '2.0'],
      ['Publisher', 'Harbour Foundation'],
      ['Site', 'foundation.example'],
      ['Author', 'not named', 'Issued by the foundation; no person is named.'],
      ['Date', 'January 2004'],
      ['Original', 'https://foundation.example/licence-2.0', 'archived from there on 30 November 2026'],
    ]);
    expect(sourceFacts(licence).at(-1)?.href).toBe('https://foundation.example/licence-2.0');
  });

  it('says "not stated" for a date the text does not state, with the note that bounds it', () => {
    expect(rows({ ...news, date: null, dateNote: 'Before May 2015.' }).find(([label]) => label === 'Date')).toEqual(['Date', 'not stated', 'Before May 2015.']);
  });
});
