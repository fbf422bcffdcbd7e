import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

/**
 * Options for rehype-autolink-headings: a visible "#" after each heading that links to it, so
 * readers can copy a link to any section. The link sits beside the heading, not inside it, so a
 * screen reader's list of headings stays clean; it is named for screen readers and kept out of
 * the search index.
 */
export const headingLinkOptions: Options = {
  behavior: 'after',
  group: (element: Element): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-${element.tagName}`] },
    children: [],
  }),
  test: (element: Element) => element.properties?.['id'] !== 'footnote-label',
  properties: (element: Element): Properties => ({
    className: ['heading-link'],
    ariaLabel: `Link to this section: ${toString(element)}`,
    dataPagefindIgnore: '',
  }),
  content: (): ElementContent[] => [{ type: 'text', value: '#' }],
};
