import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps every `<table>` in a focusable, labelled region that scrolls sideways, so a wide table
 * (the claims matrix) never widens the page on a phone, and keyboard users can scroll it too.
 * The label is the table's caption, or its first header row when it has none.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table: ${labelOf(node)}` },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

function labelOf(table: Element): string {
  let label = '';
  visit(table, 'element', (node) => {
    if (label) return SKIP;
    if (node.tagName === 'caption') label = toString(node);
    if (node.tagName === 'tr') label = node.children.map((cell) => toString(cell).trim()).filter(Boolean).join(', ');
    if (label) {
      label = label.replace(/\s+/g, ' ').trim();
      return SKIP;
    }
    return undefined;
  });
  return label.length > 80 ? `${label.slice(0, 79)}…` : label || 'data';
}
