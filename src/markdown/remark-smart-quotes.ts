import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { curlQuotes, smartPunctuation } from '../lib/smart-quotes';

/** Where a quote's neighbours are read across: blocks start fresh, inline nodes run on. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const LITERALS = new Set(['text', 'inlineCode']);
const IGNORED = new Set(['style', 'script']);

/**
 * Curly quotes, dashes and ellipses in the Markdown's text, like Astro's built-in smartypants
 * (remark-smartypants), which must be turned off (`smartypants: false`) where this runs: first in
 * `remarkPlugins`, where Astro would run it. Like remark-smartypants, quotes are decided on the
 * whole document's text at once (so a quote before a link or bold text pairs with one after it),
 * inline code standing in as letters, each block starting with a space; dashes and ellipses per
 * text node. Code and raw HTML are left alone.
 */
export function remarkSmartQuotes() {
  return (tree: Root) => {
    const nodes: Array<{ type: string; value?: string }> = [];
    let all = '';
    visit(tree, (node, _index, parent) => {
      if (!parent) return;
      if (parent.type === 'mdxJsxTextElement' && IGNORED.has((parent as { name?: string }).name ?? '')) return;
      if (LITERALS.has(node.type)) {
        const value = (node as { value: string }).value;
        all += node.type === 'text' ? value : 'A'.repeat(value.length);
        nodes.push(node as { type: string; value: string });
      } else if (BLOCKS.has(node.type)) {
        all += ' ';
        nodes.push({ type: 'block' });
      }
    });
    const curled = curlQuotes(all);
    let at = 0;
    for (const node of nodes) {
      if (node.type === 'block') {
        at += 1;
        continue;
      }
      const end = at + node.value!.length;
      if (node.type === 'text') node.value = smartPunctuation(curled.slice(at, end));
      at = end;
    }
  };
}
