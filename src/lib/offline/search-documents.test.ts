import { describe, expect, it } from 'vitest';
import type { PagefindFragment } from './pagefind-fragment';
import { fragmentDocuments, sections } from './search-documents';

const page: PagefindFragment = {
  url: '/a/',
  content: 'Intro words. First heading and its text. Second heading text here.',
  meta: { title: 'Page A', kind: 'explainer', topic: 't' },
  anchors: [
    { element: 'h2', id: 'second', text: 'Second heading', location: 7 },
    { element: 'h2', id: 'first', text: 'First heading', location: 2 },
    { element: 'div', id: 'p1', text: '', location: 3 },
  ],
};
const record: PagefindFragment = {
  url: '/sources/s/#p2',
  content: 'A paragraph.',
  meta: { title: 'S', section: '¶2', kind: 'source', site: 'Site' },
  anchors: [],
};

describe('fragmentDocuments', () => {
  it('makes one document per page or record, with its facets and its headings in order', () => {
    const [a, r] = fragmentDocuments([page, record]);
    expect(a).toMatchObject({
      id: 0,
      url: '/a/',
      title: 'Page A',
      kind: 'explainer',
      topic: 't',
      anchors: [
        ['first', 'First heading', 2],
        ['second', 'Second heading', 7],
      ],
    });
    expect(r).toEqual({
      id: 1,
      url: '/sources/s/#p2',
      title: 'S',
      section: '¶2',
      text: 'A paragraph.',
      kind: 'source',
      topic: undefined,
      site: 'Site',
      anchors: [],
    });
  });
});

describe('sections', () => {
  it('cuts a page at its headings, each section linking to its heading', () => {
    expect(sections(fragmentDocuments([page])[0]!).map((d) => [d.url, d.section, d.text])).toEqual([
      ['/a/', undefined, 'Intro words.'],
      ['/a/#first', 'First heading', 'First heading and its text.'],
      ['/a/#second', 'Second heading', 'Second heading text here.'],
    ]);
  });

  it('keeps a record whole and drops an empty lead-in', () => {
    expect(sections(fragmentDocuments([record])[0]!)).toEqual([{ url: '/sources/s/#p2', section: '¶2', text: 'A paragraph.' }]);
    expect(sections({ url: '/a/', section: undefined, text: 'x y', anchors: [['top', 'Top', 0]] }).map((s) => s.url)).toEqual(['/a/#top']);
  });
});
