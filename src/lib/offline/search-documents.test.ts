import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment, fragmentDocuments, type PagefindFragment } from './search-documents';

const page: PagefindFragment = {
  url: '/a/',
  content: 'Intro words. First heading and its text. Second heading text here.',
  meta: { title: 'Page A', kind: 'explainer', topic: 't' },
  anchors: [
    { element: 'h2', id: 'first', text: 'First heading', location: 2 },
    { element: 'h2', id: 'second', text: 'Second heading', location: 7 },
    { element: 'div', id: 'p1', text: '', location: 3 },
  ],
};

describe('fragmentDocuments', () => {
  it('cuts a page at its headings, each section linking to its heading', () => {
    expect(fragmentDocuments([page]).map((d) => [d.url, d.section, d.text])).toEqual([
      ['/a/', undefined, 'Intro words.'],
      ['/a/#first', 'First heading', 'First heading and its text.'],
      ['/a/#second', 'Second heading', 'Second heading text here.'],
    ]);
  });

  it('keeps a custom record whole, with its section label and facets', () => {
    const record: PagefindFragment = { url: '/sources/s/#p2', content: 'A paragraph.', meta: { title: 'S', section: '¶2', kind: 'source', site: 'Site' }, anchors: [] };
    expect(fragmentDocuments([record])).toEqual([{ id: 0, page: 0, url: '/sources/s/#p2', section: '¶2', text: 'A paragraph.', title: 'S', kind: 'source', topic: undefined, site: 'Site' }]);
  });

  it('drops an empty lead-in before the first heading', () => {
    expect(fragmentDocuments([{ ...page, anchors: [{ element: 'h1', id: 'top', text: 'Top', location: 0 }] }]).map((d) => d.url)).toEqual(['/a/#top']);
  });
});

describe('decodeFragment', () => {
  it('reads the JSON behind the signature and refuses other files', () => {
    const bytes = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(page))]));
    expect(decodeFragment(bytes).url).toBe('/a/');
    expect(() => decodeFragment(gzipSync(Buffer.from('{}')))).toThrow(/signature/);
  });
});
