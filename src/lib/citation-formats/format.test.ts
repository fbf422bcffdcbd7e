import { describe, expect, it } from 'vitest';
import { pageItem, sourceItems } from './csl-items';
import { CITATION_FORMATS, formatFile, formatForReaders } from './format';
import type { CslItem } from './csl-items';

const formatFiles = (items: CslItem[]) => ({ bibtex: formatFile(items, 'bibtex'), ris: formatFile(items, 'ris'), csljson: formatFile(items, 'csljson') });

// Fixture data, not the corpus: a made-up site with one page and one dated, signed source.
const site = { title: 'Harbour Notes', lang: 'en-GB' };
const page = pageItem(site, {
  id: 'fares',
  title: 'Fares',
  description: 'What the ferry fares did.',
  updated: '2026-03-04',
  url: 'https://harbour.example/fares/',
});
const [original, copy] = sourceItems(site, {
  id: 'gazette',
  title: 'Ferry fares rise again',
  site: 'Harbour Gazette',
  author: 'Ann Lee',
  date: '2025-07-09',
  kind: 'news report',
  url: 'https://harbour.example/sources/gazette/',
});

// A licence: a month for a date, a version, a publisher, its own address and the day it was archived from there.
const [licence, licenceCopy] = sourceItems(site, {
  id: 'harbour-licence',
  title: 'Harbour Licence',
  site: 'harbour.example',
  author: null,
  date: '2004-01',
  kind: 'licence',
  url: 'https://harbour.example/sources/harbour-licence/',
  version: '2.0',
  publisher: 'Harbour Foundation',
  originalUrl: 'https://foundation.example/licence-2.0',
  retrieved: '2026-03-01',
});

describe('CSL items', () => {
  it('cite a page as a web page by the site, and a source as the original work and its archived copy', () => {
    expect(page).toMatchObject({
      type: 'webpage',
      title: 'Fares',
      author: [{ literal: 'Harbour Notes' }],
      issued: { 'date-parts': [[2026, 3, 4]] },
      'citation-key': 'harbour_notes_fares',
    });
    expect(original).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Harbour Gazette',
      author: [{ given: 'Ann', family: 'Lee' }],
      issued: { 'date-parts': [[2025, 7, 9]] },
      archive: 'Harbour Notes',
    });
    expect(copy).toMatchObject({ type: 'webpage', 'container-title': 'Harbour Notes', genre: 'Archived copy of a news report on Harbour Gazette' });
  });
});

describe('CSL items for any kind of text', () => {
  it('keep a partial date partial, and carry version, publisher, original address and retrieval date', () => {
    expect(licence).toMatchObject({
      type: 'document',
      issued: { 'date-parts': [[2004, 1]] },
      version: '2.0',
      publisher: 'Harbour Foundation',
      URL: 'https://foundation.example/licence-2.0',
      accessed: { 'date-parts': [[2026, 3, 1]] },
    });
    expect(licenceCopy).toMatchObject({ URL: 'https://harbour.example/sources/harbour-licence/', genre: 'Archived copy of a licence on harbour.example' });
    expect(licenceCopy).not.toHaveProperty('accessed');
    const year = sourceItems(site, {
      id: 'act',
      title: 'Harbour Act',
      site: 'Parliament',
      author: null,
      date: '1998',
      kind: 'statute',
      url: 'https://x.example/',
    })[0];
    expect(year).toMatchObject({ type: 'legislation', issued: { 'date-parts': [[1998]] }, URL: 'https://x.example/' });
    expect(year).not.toHaveProperty('accessed');
  });

  it('print the original at its own address and retrieval date, and leave only the copy to the reader', () => {
    for (const citation of formatForReaders([licence, licenceCopy]).filter((c) => c.kind === 'style')) {
      const [first, second] = citation.html.split('\n');
      expect(first, citation.format).toContain('https://foundation.example/licence-2.0');
      expect(first, citation.format).not.toMatch(/data-cite-url|data-accessed/);
      // The month the text states, and no day it does not (styles print a retrieval date only for undated works).
      expect(first, citation.format).toMatch(/2004, January|January 2004|Jan\. 2004/);
      expect(first, citation.format).not.toMatch(/\b1,? 2004|2004-01-01|January 1\b/);
      expect(second, citation.format).toContain('<span data-cite-url>https://harbour.example/sources/harbour-licence/</span>');
    }
    const files = formatFiles([licence, licenceCopy]);
    expect(files.csljson).toContain('"date-parts": [[2004, 1]]');
    expect(files.csljson).toContain('"date-parts": [[2026, 3, 1]]');
    expect(files.bibtex).toContain('note = {[Online; accessed 2026-03-01]}');
    expect(files.csljson).toContain('"version": "2.0"');
    expect(files.ris).toContain('UR  - https://foundation.example/licence-2.0');
  });

  it.each(CITATION_FORMATS.map((f) => f.id))('%s, for a licence with a partial date (snapshot)', (format) => {
    const out = Object.fromEntries(formatForReaders([licence, licenceCopy]).map((c) => [c.format, c.html]));
    expect(out[format]).toMatchSnapshot('licence');
  });
});

describe('formatForReaders', () => {
  // Formatted once: Citation.js takes a while per style on a busy machine.
  const byFormat = (items: Parameters<typeof formatForReaders>[0]) => Object.fromEntries(formatForReaders(items).map((c) => [c.format, c.html]));
  const forPage = byFormat([page]);
  const forSource = byFormat([original, copy]);

  it('writes every format, marking the address and the access date', () => {
    const out = forPage;
    expect(Object.keys(out)).toEqual(CITATION_FORMATS.map((f) => f.id));
    for (const html of Object.values(out)) expect(html).toContain('<span data-cite-url>https://harbour.example/fares/</span>');
    expect(out['bibtex']).toContain('<span data-accessed="YYYY-MM-DD">');
    expect(out['csljson']).toContain('<span data-accessed="CSL">');
    expect(JSON.stringify(out)).not.toMatch(/\b1000\b/);
  });

  it.each(CITATION_FORMATS.map((f) => f.id))('%s, for a page and a source (snapshot)', (format) => {
    expect(forPage[format]).toMatchSnapshot('page');
    expect(forSource[format]).toMatchSnapshot('source');
  });
});

describe('formatFiles', () => {
  it('leaves the access date to the reader and keeps keys stable', () => {
    const files = formatFiles([original, copy]);
    expect(files.bibtex).toMatch(/^@article\{gazette,/m);
    expect(files.bibtex).toMatch(/^@misc\{gazette_archived,/m);
    expect(files.ris).toContain('UR  - https://harbour.example/sources/gazette/');
    expect(JSON.parse(files.csljson)).toHaveLength(2);
    expect(files.csljson).not.toContain('accessed');
    expect(files.csljson).toContain('"date-parts": [[2025, 7, 9]]');
  });
});
