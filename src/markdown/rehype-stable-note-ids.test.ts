import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { citationNoteSuffix } from '../lib/passage-ids';
import { rehypeStableNoteIds } from './rehype-stable-note-ids';

// Two notes citing the same passage first whose short hashes happen to be equal: found by trying quotes.
function clashingQuotes(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i += 1) {
    const quote = `words ${i}`;
    const suffix = citationNoteSuffix([{ sourceId: 'gazette', paragraphId: 'p1', quote }]);
    const other = seen.get(suffix);
    if (other) return [other, quote];
    seen.set(suffix, quote);
  }
}

const li = (id: string): Element => ({ type: 'element', tagName: 'li', properties: { id }, children: [] });
const ref = (id: string, href: string): Element => ({ type: 'element', tagName: 'a', properties: { id, href, dataFootnoteRef: '' }, children: [] });

describe('rehypeStableNoteIds', () => {
  it('gives two notes whose short ids would clash longer ones, and renames the records', () => {
    const [a, b] = clashingQuotes();
    const records = [
      { note: 1, refId: 'user-content-fnref-cite-1', noteId: 'user-content-fn-cite-1', sourceId: 'gazette', paragraphId: 'p1', quote: a },
      { note: 2, refId: 'user-content-fnref-cite-2', noteId: 'user-content-fn-cite-2', sourceId: 'gazette', paragraphId: 'p1', quote: b },
    ];
    const tree: Root = {
      type: 'root',
      children: [
        ref('user-content-fnref-cite-1', '#user-content-fn-cite-1'),
        ref('user-content-fnref-cite-2', '#user-content-fn-cite-2'),
        li('user-content-fn-cite-1'),
        li('user-content-fn-cite-2'),
      ],
    };
    const file = new VFile({ data: { astro: { frontmatter: { citations: records } } } });
    rehypeStableNoteIds()(tree, file);
    const [r1, r2, n1, n2] = tree.children as Element[];
    expect(n1!.properties['id']).toMatch(/^note-gazette-p1-[0-9a-z]{12}$/);
    expect(n2!.properties['id']).toMatch(/^note-gazette-p1-[0-9a-z]{12}$/);
    expect(n1!.properties['id']).not.toBe(n2!.properties['id']);
    expect(r1!.properties['href']).toBe(`#${n1!.properties['id']}`);
    expect(r2!.properties['id']).toBe(String(n2!.properties['id']).replace('note-', 'ref-'));
    expect(records.map((r) => r.noteId)).toEqual([n1!.properties['id'], n2!.properties['id']]);
  });
});
