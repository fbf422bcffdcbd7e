import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { rehypeReservedIds } from './rehype-reserved-ids';

const h = (tag: string, id: string, text: string) => ({
  type: 'element' as const,
  tagName: tag,
  properties: { id },
  children: [{ type: 'text' as const, value: text }],
});

describe('rehypeReservedIds', () => {
  it('moves a heading off a reserved id, keeps the footnote label and updates the heading list', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h2', 'footnote-label', 'Footnote label'),
        h('h2', 'cite-this', 'Cite this'),
        h('h2', 'cite-this-1', 'Cite this 1'),
        h('h3', 'user-content-fn-1', 'User content fn 1'),
        h('h2', 'ordinary', 'Ordinary'),
        { type: 'element', tagName: 'section', properties: { dataFootnotes: true }, children: [h('h2', 'footnote-label', 'Notes')] },
      ],
    };
    const file = new VFile({
      data: {
        astro: {
          headings: [
            { depth: 2, slug: 'footnote-label', text: 'Footnote label' },
            { depth: 2, slug: 'cite-this', text: 'Cite this' },
          ],
        },
      },
    });
    rehypeReservedIds()(tree, file);
    const html = toHtml(tree);
    expect(html).toContain('<h2 id="footnote-label-1">Footnote label</h2>');
    expect(html).toContain('<h2 id="cite-this-2">Cite this</h2>');
    expect(html).toContain('<h2 id="cite-this-1">Cite this 1</h2>');
    expect(html).toContain('<h3 id="heading-user-content-fn-1-1">');
    expect(html).toContain('<h2 id="ordinary">');
    expect(html).toContain('<section data-footnotes><h2 id="footnote-label">Notes</h2></section>');
    expect((file.data.astro as { headings: Array<{ slug: string }> }).headings.map((x) => x.slug)).toEqual(['footnote-label-1', 'cite-this-2']);
  });
});
