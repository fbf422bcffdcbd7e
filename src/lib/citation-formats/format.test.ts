import { describe, expect, it } from 'vitest';
import { pageItem, sourceItems } from './csl-items';
import { CITATION_FORMATS, formatFiles, formatForReaders } from './format';

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
