import type { Element, ElementContent, Root } from 'hast';
import { eachElement } from './each-element';
import { passageStem, uniqueId } from '../lib/passage-ids';

/**
 * Rehype plugin: every paragraph and list item of a page's text gets a stable id from its opening
 * words (`para-…`, `item-…`; table body rows `row-…` from their first cell with words; a pinned
 * `{#id}` wins). Their "¶" copy-link controls are added by the cite script (src/scripts/cite/):
 * copying needs JavaScript anyway, and a link per paragraph in the HTML would cost every page
 * about a kilobyte. Paragraphs inside a list item, a table row or the notes are left alone: the
 * item, the row and the note carry the id. Register it after heading ids, so the headings' ids are
 * known and never taken twice.
 */
export function rehypePassageIds() {
  return (tree: Root) => {
    const taken = new Set<string>();
    eachElement(tree, (node) => {
      const id = node.properties?.['id'];
      if (typeof id === 'string') taken.add(id);
    });
    const walk = (node: Root | Element, inside: boolean) => {
      for (const child of node.children) {
        if (child.type !== 'element' && !('children' in child)) continue;
        const element = child as Element;
        if (element.type === 'element' && isNotes(element)) continue;
        const passage = element.type === 'element' && !inside && (element.tagName === 'p' || element.tagName === 'li');
        if (passage) label(element, taken);
        if (element.type === 'element' && element.tagName === 'tr' && !inside) labelRow(element, taken);
        walk(element, inside || passage || (element.type === 'element' && ['tr', 'figure'].includes(element.tagName)));
      }
    };
    walk(tree, false);
  };
}

/** A body row is named by its first cell with words in it (a claim, not its running number). */
function labelRow(row: Element, taken: Set<string>) {
  const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  const named = cells.find((c) => /\p{L}/u.test(ownText(c)));
  if (!named || cells.every((c) => c.tagName === 'th')) return;
  if (typeof row.properties?.['id'] !== 'string') row.properties = { ...row.properties, id: uniqueId(passageStem('row-', ownText(named)), taken) };
}

function label(element: Element, taken: Set<string>) {
  if (typeof element.properties?.['id'] === 'string') return;
  const text = ownText(element);
  if (!text.trim()) return;
  const id = uniqueId(passageStem(element.tagName === 'li' ? 'item-' : 'para-', text), taken);
  element.properties = { ...element.properties, id };
}

const isNotes = (element: Element) => element.tagName === 'section' && 'dataFootnotes' in (element.properties ?? {});

/** The words a reader sees, without note numbers or nested lists. */
function ownText(element: Element | ElementContent): string {
  if (element.type === 'text') return element.value;
  if (element.type !== 'element') return '';
  if (element.tagName === 'ul' || element.tagName === 'ol') return '';
  if (element.tagName === 'sup' && element.children.some((c) => c.type === 'element' && 'dataFootnoteRef' in (c.properties ?? {}))) return '';
  return element.children.map(ownText).join('');
}
