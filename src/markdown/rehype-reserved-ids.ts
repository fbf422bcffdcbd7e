import type { Element, Root } from 'hast';
import { eachElement } from './each-element';
import type { VFile } from 'vfile';

/**
 * Ids the page template and remark-rehype write themselves. A heading slugged to one of them
 * ("Footnote label", "Cite this") would take it over: every footnote's `aria-describedby` and
 * every "#cite-this" link would point at the wrong element.
 */
export const RESERVED_IDS = ['footnote-label', 'cite-this', 'main', 'search-dialog', 'search-dialog-label', 'search-dialog-q', 'search-dialog-results'];
const RESERVED_PREFIX = 'user-content-';

const isReserved = (id: string) => RESERVED_IDS.includes(id) || id.startsWith(RESERVED_PREFIX);

/**
 * Rehype plugin, after heading ids: an author's heading whose id is reserved gets the next free
 * `<id>-<n>` instead, also in Astro's list of headings. The footnotes' own label keeps its id.
 */
export function rehypeReservedIds() {
  return (tree: Root, file: VFile) => {
    const taken = new Set<string>();
    eachElement(tree, (node) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    const headings = (file.data.astro as { headings?: Array<{ slug: string; depth: number }> } | undefined)?.headings ?? [];
    eachElement(tree, (node: Element, _index, parent) => {
      const id = node.properties.id;
      if (!/^h[1-6]$/.test(node.tagName) || typeof id !== 'string' || !isReserved(id)) return;
      if (parent?.type === 'element' && parent.properties.dataFootnotes !== undefined) return;
      const stem = id.startsWith(RESERVED_PREFIX) ? `heading-${id}` : id;
      let n = 1;
      while (taken.has(`${stem}-${n}`) || isReserved(`${stem}-${n}`)) n += 1;
      const free = `${stem}-${n}`;
      taken.add(free);
      node.properties.id = free;
      const listed = headings.find((h) => h.slug === id && h.depth === Number(node.tagName[1]));
      if (listed) listed.slug = free;
    });
  };
}
