import type { Node, Parent } from 'unist';

/** Returned by a visitor: do not walk into this node's children. */
export const SKIP = 'skip';

type Visitor<T> = (node: T, ancestors: readonly Parent[], index: number | undefined) => typeof SKIP | void;

/**
 * `visitParents(tree, type, visitor)` of unist-util-visit-parents, preorder, for the Markdown
 * plugins that walk every node of a page, Markdown or HTML tree alike: unist-util-visit builds a
 * closure per node and names it with `Object.defineProperty` (for its debugging), which was a tenth
 * of a scaled build's content sync. `ancestors` is the walk's own stack, nearest last: copy it to
 * keep it. Children are read as they are when the walk reaches them.
 */
export function eachNode<T extends Node = Node>(tree: Node, type: string | ((node: Node) => node is T) | undefined, visitor: Visitor<T>): void {
  const matches = typeof type === 'string' ? (node: Node) => node.type === type : (type ?? (() => true));
  const ancestors: Parent[] = [];
  const walk = (node: Node, index: number | undefined) => {
    if (matches(node) && visitor(node as T, ancestors, index) === SKIP) return;
    const children = (node as Partial<Parent>).children;
    if (!children) return;
    ancestors.push(node as Parent);
    for (let i = 0; i < children.length; i++) walk(children[i]!, i);
    ancestors.pop();
  };
  walk(tree, undefined);
}

/** Removes every node of `type` (and what it holds) from the tree, in place. */
export function removeNodes(tree: Node, type: string): void {
  const children = (tree as Partial<Parent>).children;
  if (!children) return;
  let kept = 0;
  for (const child of children) {
    if (child.type === type) continue;
    removeNodes(child, type);
    children[kept++] = child;
  }
  children.length = kept;
}
