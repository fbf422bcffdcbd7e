import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { SKIP as VISIT_SKIP, visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { eachNode, removeNodes, SKIP } from './each-node';

const tree = (): Root => ({
  type: 'root',
  children: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Title' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'a ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
        { type: 'html', value: '<!-- c -->' },
      ],
    },
    { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'd' }] }] }] },
  ],
});

const label = (node: Node, ancestors: readonly Parent[], index: number | undefined) =>
  `${node.type}${'value' in node ? `:${String(node.value)}` : ''}@${index}<${ancestors.map((a) => a.type).join('/')}`;

describe('eachNode', () => {
  it('visits in the order unist-util-visit-parents does, with the same ancestors and index, by type or for all', () => {
    for (const type of ['text', undefined]) {
      const ours: string[] = [];
      const theirs: string[] = [];
      eachNode(tree(), type, (node, ancestors, index) => void ours.push(label(node, ancestors, index)));
      visitParents(tree(), type ?? (() => true), (node, ancestors) => {
        const parent = ancestors.at(-1);
        theirs.push(label(node, ancestors, parent ? parent.children.indexOf(node as never) : undefined));
      });
      expect(ours).toEqual(theirs);
      expect(ours.length).toBeGreaterThan(3);
    }
  });

  it('does not enter a node the visitor skips', () => {
    const seen: string[] = [];
    eachNode(tree(), undefined, (node) => {
      seen.push(node.type);
      return node.type === 'paragraph' ? SKIP : undefined;
    });
    const theirs: string[] = [];
    visitParents(tree(), (node) => {
      theirs.push(node.type);
      return node.type === 'paragraph' ? VISIT_SKIP : undefined;
    });
    expect(seen).toEqual(theirs);
    expect(seen).not.toContain('emphasis');
  });
});

describe('removeNodes', () => {
  it('takes every node of the type out, at any depth, and keeps the rest in order', () => {
    const root = tree();
    removeNodes(root, 'text');
    const left: string[] = [];
    eachNode(root, undefined, (node) => void left.push(node.type));
    expect(left).toEqual(['root', 'heading', 'paragraph', 'emphasis', 'html', 'list', 'listItem', 'paragraph']);
  });
});
