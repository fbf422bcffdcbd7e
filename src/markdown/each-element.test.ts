import type { Element, Root } from 'hast';
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { eachElement, SKIP } from './each-element';

const el = (tagName: string, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const tree = (): Root => ({
  type: 'root',
  children: [el('h2', [{ type: 'text', value: 'Title' }]), el('table', [el('tr', [el('td')])]), el('p', [el('a'), el('em', [el('strong')])]), el('footer')],
});

/** What unist-util-visit does with the same visitor: eachElement must agree with it. */
const withVisit = (root: Root, visitor: Parameters<typeof eachElement>[1]) =>
  visit(root, 'element', (node, index, parent) => (visitor(node, index, parent) === SKIP ? VISIT_SKIP : undefined));

describe('eachElement', () => {
  it('visits elements in the order unist-util-visit does, with index and parent', () => {
    const seen = (walk: typeof eachElement) => {
      const names: string[] = [];
      walk(tree(), (node, index, parent) => void names.push(`${node.tagName}@${index}<${parent?.type === 'element' ? parent.tagName : parent?.type}`));
      return names;
    };
    expect(seen(eachElement)).toEqual(seen(withVisit as typeof eachElement));
    expect(seen(eachElement)).toEqual(['h2@0<root', 'table@1<root', 'tr@0<table', 'td@0<tr', 'p@2<root', 'a@0<p', 'em@1<p', 'strong@0<em', 'footer@3<root']);
  });

  it('does not enter an element the visitor skips, and goes on after one it replaced', () => {
    const root = tree();
    const names: string[] = [];
    eachElement(root, (node, index, parent) => {
      names.push(node.tagName);
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      parent.children[index] = el('section', [node]);
      return SKIP;
    });
    expect(names).toEqual(['h2', 'table', 'p', 'a', 'em', 'strong', 'footer']);
    expect((root.children[1] as Element).tagName).toBe('section');
  });

  it('enters nodes other than elements that hold elements (MDX JSX)', () => {
    const jsx = { type: 'mdxJsxFlowElement', name: 'Aside', attributes: [], children: [el('p', [el('sup')])] } as unknown as Element;
    const names: string[] = [];
    eachElement({ type: 'root', children: [jsx] }, (node) => void names.push(node.tagName));
    expect(names).toEqual(['p', 'sup']);
  });

  it('visits the element it is given first', () => {
    const names: string[] = [];
    eachElement(el('table', [el('tr')]), (node) => void names.push(node.tagName));
    expect(names).toEqual(['table', 'tr']);
  });
});
