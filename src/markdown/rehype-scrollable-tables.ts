import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, eachElement } from './each-element';

const HEADING = /^h[1-6]$/;

/**
 * Wraps every `<table>` in a focusable, labelled `<section>` that scrolls sideways, so a wide
 * table (the claims matrix) never widens the page on a phone and keyboard users can scroll it.
 * The label — unique within the page, as landmarks must be — is the table's caption, else the
 * heading above it, else its header row.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    const used = new Map<string, number>();
    let lastHeading = '';
    eachElement(tree, (node, index, parent) => {
      if (HEADING.test(node.tagName)) {
        lastHeading = clean(toString(node));
        return undefined;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const base = `Table: ${captionOf(node) || lastHeading || headerRowOf(node) || 'data'}`;
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: seen === 1 ? base : `${base} (${seen})` },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

const clean = (text: string) => {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > 80 ? `${folded.slice(0, 79)}…` : folded;
};

function captionOf(table: Element): string {
  const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
  return caption ? clean(toString(caption)) : '';
}

function headerRowOf(table: Element): string {
  let label = '';
  eachElement(table, (node) => {
    if (label || node.tagName !== 'tr') return label ? SKIP : undefined;
    label = clean(
      node.children
        .map((cell) => toString(cell).trim())
        .filter(Boolean)
        .join(', '),
    );
    return SKIP;
  });
  return label;
}
