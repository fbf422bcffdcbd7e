import type { Element, Parents, Root } from 'hast';

/** Returned by a visitor: do not walk into this element's children. */
export const SKIP = 'skip';

type Visitor = (node: Element, index: number | undefined, parent: Parents | undefined) => typeof SKIP | void;

/**
 * `visit(tree, 'element', visitor)` of unist-util-visit, preorder, for the rehype plugins that
 * walk every element of a page: unist-util-visit builds a closure per node and names it with
 * `Object.defineProperty` (for its debugging), which was ~9 % of a scaled build's CPU time. The
 * visitor may replace `parent.children[index]` and return SKIP; children are read as they are
 * when the walk reaches them. `parent` is the nearest node holding the element (an MDX JSX node too).
 */
export function eachElement(tree: Root | Element, visitor: Visitor): void {
  // Any node with children is entered, not only elements: MDX's JSX elements hold elements too.
  const walk = (node: Parents, index: number | undefined, parent: Parents | undefined) => {
    if (node.type === 'element' && visitor(node, index, parent) === SKIP) return;
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if ('children' in child) walk(child, i, node);
    }
  };
  walk(tree, undefined, undefined);
}
