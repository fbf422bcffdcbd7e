import type { List, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { OmittedBlock } from '../../schemas/archived-source';
import { foldWhitespace } from '../text';
import type { SourceBlock } from './structured-blocks';

/**
 * The blocks of a Markdown source (CommonMark): `#` headings, paragraphs, list items (an ordered
 * item keeps its number, "3. …", as printed), block quotes, code blocks kept line by line; raw
 * HTML is left out and listed. Lines are the raw file's, from the parser's positions.
 */
export function readMarkdown(raw: string): { blocks: SourceBlock[]; dropped: OmittedBlock[] } {
  const blocks: SourceBlock[] = [];
  const dropped: OmittedBlock[] = [];
  const at = (node: Nodes) => ({ line: node.position?.start.line ?? 1, endLine: node.position?.end.line ?? 1 });

  const visit = (node: Nodes, depth: number, quoted: boolean) => {
    switch (node.type) {
      case 'root':
      case 'blockquote':
        for (const child of node.children) visit(child, depth, quoted || node.type === 'blockquote');
        return;
      case 'heading':
        blocks.push({ kind: 'heading', text: foldWhitespace(toString(node)), depth: node.depth, ...at(node) });
        return;
      case 'paragraph':
        blocks.push({ kind: quoted ? 'quote' : 'prose', text: foldWhitespace(toString(node)), depth, ...at(node) });
        return;
      case 'list':
        listItems(node, depth + 1, quoted);
        return;
      case 'code':
        blocks.push({ kind: 'preformatted', text: foldWhitespace(node.value), lines: node.value.split('\n'), depth, ...at(node) });
        return;
      case 'html':
        if (node.value.trim() !== '')
          dropped.push({ from: at(node).line, to: at(node).endLine, text: foldWhitespace(node.value), why: 'raw HTML in the Markdown file' });
        return;
      case 'table':
        for (const row of node.children)
          blocks.push({ kind: 'prose', text: row.children.map((c) => foldWhitespace(toString(c))).join(' | '), depth, ...at(row) });
        return;
      default:
        // Thematic breaks, definitions and the like carry no text of the source's own.
        return;
    }
  };

  const listItems = (list: List, depth: number, quoted: boolean) => {
    list.children.forEach((item, i) => {
      const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : '';
      let first = true;
      for (const child of item.children) {
        if (child.type === 'paragraph' && first) {
          blocks.push({ kind: 'list-item', text: marker + foldWhitespace(toString(child)), depth, ...at(child) });
          first = false;
        } else visit(child, depth, quoted);
      }
    });
  };

  visit(fromMarkdown(raw) as Root, 0, false);
  return { blocks, dropped };
}
