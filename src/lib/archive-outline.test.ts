import { describe, expect, it } from 'vitest';
import type { ArchivedParagraph, ArchivedSection } from '../schemas/archived-source';
import { archiveOutline, headingLevel, nestLists, sectionLocator, type OutlineParagraph } from './archive-outline';

const para = (id: string, section: string | null, shape: ArchivedParagraph['shape'] = 'prose', depth = 0): ArchivedParagraph => ({
  id,
  text: id,
  line: 1,
  endLine: 1,
  section,
  shape,
  depth,
});
const sec = (id: string, number: string | null, depth: number, parent: string | null): ArchivedSection => ({ id, number, title: id, line: 1, depth, parent });
const wrap = (p: ArchivedParagraph): OutlineParagraph => ({ kind: 'paragraph', paragraph: p, inSection: null });

describe('archiveOutline', () => {
  it('nests sections and numbers paragraphs within numbered ones', () => {
    const outline = archiveOutline(
      [sec('s-terms', null, 1, null), sec('s1', '1', 2, 's-terms'), sec('s1.1', '1.1', 3, 's1')],
      [para('p1', null), para('p2', 's-terms'), para('p3', 's1'), para('p4', 's1'), para('p5', 's1.1')],
    );
    expect(outline.blocks.map((b) => b.kind === 'paragraph' && b.paragraph.id)).toEqual(['p1']);
    const [terms] = outline.sections;
    expect(terms!.blocks).toEqual([{ kind: 'paragraph', paragraph: para('p2', 's-terms'), inSection: null }]);
    const [one] = terms!.children;
    expect(one!.blocks.map((b) => b.kind === 'paragraph' && b.inSection)).toEqual([
      { section: 's1', n: 1 },
      { section: 's1', n: 2 },
    ]);
    expect(one!.children[0]!.blocks.map((b) => b.kind === 'paragraph' && b.inSection)).toEqual([{ section: 's1.1', n: 1 }]);
  });
});

describe('nestLists', () => {
  it('puts deeper items inside the item above and continues an item with its deeper prose', () => {
    const blocks = nestLists(
      [
        para('p1', null),
        para('p2', null, 'list-item', 1),
        para('p3', null, 'list-item', 2),
        para('p4', null, 'prose', 1),
        para('p5', null, 'list-item', 1),
        para('p6', null),
      ].map(wrap),
    );
    expect(JSON.parse(JSON.stringify(blocks, (k, v) => (k === 'paragraph' && v.kind === 'paragraph' ? v.paragraph.id : k === 'paragraph' ? v.id : v)))).toEqual(
      [
        { kind: 'paragraph', paragraph: 'p1', inSection: null },
        {
          kind: 'list',
          items: [
            {
              paragraph: 'p2',
              blocks: [
                { kind: 'list', items: [{ paragraph: 'p3', blocks: [] }] },
                { kind: 'paragraph', paragraph: 'p4', inSection: null },
              ],
            },
            { paragraph: 'p5', blocks: [] },
          ],
        },
        { kind: 'paragraph', paragraph: 'p6', inSection: null },
      ],
    );
  });

  it('nests one level at a time when a depth jumps', () => {
    const [list] = nestLists([para('p1', null, 'list-item', 3)].map(wrap));
    expect(list).toMatchObject({ kind: 'list', items: [{ blocks: [] }] });
  });
});

describe('headingLevel and sectionLocator', () => {
  it('starts sections at h3 under the page heading and stops at h6', () => {
    expect([1, 2, 3, 4, 9].map(headingLevel)).toEqual([3, 4, 5, 6, 6]);
  });

  it('writes a paragraph in its section as lawyers do', () => {
    expect(sectionLocator(sec('s11', '11', 1, null), 3)).toBe('§\u00A011, ¶\u00A03');
  });
});
