import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, eachElement } from './each-element';
import { SourcebookError } from '../lib/errors';
import { parsePin } from '../lib/passage-ids';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';

const PINNABLE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li']);

/**
 * Rehype plugin: `{#id}` at the very end of a heading, paragraph or list item (`\{#id}` in MDX)
 * becomes that element's id and is removed from the text, so rewording keeps the link
 * (docs/authoring.md, "Links that last"). A pin on a list item's first paragraph pins the item.
 * Register it before Astro's rehypeHeadingIds, which keeps an id that is already set.
 */
export function rehypePinnedIds() {
  return (tree: Root, file: VFile) => {
    const locate = locator(file);
    const errors: SourcebookError[] = [];
    eachElement(tree, (node, _index, parent) => {
      if (!PINNABLE.has(node.tagName)) return;
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const pin = parsePin(last.value);
      if (!pin) return;
      if ('problem' in pin) {
        errors.push(
          new SourcebookError(
            locate(last.position?.start.offset, last),
            pin.problem,
            'Write `{#some-id}` (lowercase letters, digits, dashes) at the end of the line, or leave it out to get an id from the text.',
          ),
        );
        return;
      }
      (last as Text).value = pin.text;
      const target = node.tagName === 'p' && parent?.type === 'element' && parent.tagName === 'li' && firstElement(parent) === node ? parent : node;
      target.properties = { ...target.properties, id: pin.id };
      return SKIP;
    });
    reportErrors(file, errors);
  };
}

function firstElement(parent: Element): Element | undefined {
  return parent.children.find((c): c is Element => c.type === 'element');
}
