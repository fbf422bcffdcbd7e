import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { OmittedBlock } from '../../schemas/archived-source';
import { foldWhitespace } from '../text';
import type { SourceBlock } from './structured-blocks';

/** Page chrome a saved web page carries around its text, left out and listed with the reason. */
const CHROME: Array<[selector: string, why: string]> = [
  ['nav, [role="navigation"]', 'the page’s navigation'],
  ['[role="banner"]', 'the page’s banner'],
  ['footer, [role="contentinfo"]', 'the page’s footer'],
  ['aside, [role="complementary"]', 'a sidebar'],
  ['form, [role="search"]', 'a form'],
];
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'head']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
/** Elements that hold running text themselves; anything else is walked for blocks inside it. */
const TEXT_BLOCKS = new Set(['p', 'dt', 'dd', 'figcaption', 'caption', 'address']);

/**
 * The blocks of a saved web page. Main-content extraction keeps to the page's own markup: the
 * text is the first of `<main>`, `<article>`, `[role=main]`, else `<body>`; inside it, navigation,
 * headers, footers, sidebars and forms are left out and listed with the lines they stand on.
 * `<h1>`–`<h6>` are headings; `<p>`, `<li>` (nested lists keep their depth), `<blockquote>`,
 * `<pre>` (line by line) and table rows are paragraphs. Lines are the raw file's, from the parser.
 */
export function readHtml(raw: string): { blocks: SourceBlock[]; dropped: OmittedBlock[] } {
  const tree = fromHtml(raw);
  const main = select('main', tree) ?? select('article', tree) ?? select('[role="main"]', tree) ?? select('body', tree) ?? tree;
  const blocks: SourceBlock[] = [];
  const dropped: OmittedBlock[] = [];
  const body = select('body', tree);
  if (body && main !== body) dropOutside(body, main, dropped, 'outside the page’s main content');

  const at = (node: Element) => ({ line: node.position?.start.line ?? 1, endLine: node.position?.end.line ?? node.position?.start.line ?? 1 });
  const push = (node: Element, kind: SourceBlock['kind'], depth: number, text = foldWhitespace(toString(node))) => {
    if (text !== '') blocks.push({ kind, text, depth, ...at(node) });
  };

  const visit = (node: Element | Root, depth: number, quoted: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') {
        if (child.type === 'text' && child.value.trim() !== '' && node.type === 'element')
          blocks.push({ kind: quoted ? 'quote' : 'prose', text: foldWhitespace(child.value), depth, ...at(node) });
        continue;
      }
      const name = child.tagName;
      if (INVISIBLE.has(name) || child.properties?.['hidden'] !== undefined || child.properties?.['ariaHidden'] === 'true') continue;
      // Inside the main content a <header> holds the text's own title: it is read, not left out.
      const chrome = name === 'header' ? undefined : CHROME.find(([selector]) => matchesSelf(child, selector));
      if (chrome) {
        const text = foldWhitespace(toString(child));
        if (text !== '') dropped.push({ from: at(child).line, to: at(child).endLine, text, why: chrome[1] });
        continue;
      }
      if (HEADINGS.has(name)) push(child, 'heading', Number(name.slice(1)));
      else if (TEXT_BLOCKS.has(name)) push(child, quoted ? 'quote' : 'prose', depth);
      else if (name === 'pre') {
        const text = toString(child).replace(/^\n/, '').replace(/\s+$/, '');
        if (text.trim() !== '') blocks.push({ kind: 'preformatted', text: foldWhitespace(text), lines: text.split('\n'), depth, ...at(child) });
      } else if (LISTS.has(name)) items(child, depth + 1, quoted);
      else if (name === 'blockquote') visit(child, depth, true);
      else if (name === 'tr') push(child, 'prose', depth, cells(child));
      else if (!hasBlocks(child)) push(child, quoted ? 'quote' : 'prose', depth);
      else visit(child, depth, quoted);
    }
  };

  const items = (list: Element, depth: number, quoted: boolean) => {
    for (const li of list.children) {
      if (li.type !== 'element' || li.tagName !== 'li') continue;
      const own = li.children.filter((c) => !(c.type === 'element' && (LISTS.has(c.tagName) || c.tagName === 'p')));
      const paragraphs = li.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
      const text = foldWhitespace(own.map((c) => toString(c)).join(''));
      if (text !== '' || paragraphs.length === 0) push(li, 'list-item', depth, text);
      paragraphs.forEach((p, i) => push(p, i === 0 && text === '' ? 'list-item' : 'prose', depth));
      for (const c of li.children) if (c.type === 'element' && LISTS.has(c.tagName)) items(c, depth + 1, quoted);
    }
  };

  visit(main as Element | Root, 0, false);
  return { blocks, dropped: dropped.sort((a, b) => a.from - b.from) };
}

const BLOCK_LEVEL = new Set([
  ...HEADINGS,
  ...LISTS,
  ...TEXT_BLOCKS,
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'form',
  'li',
  'pre',
  'blockquote',
  'table',
  'tbody',
  'thead',
  'tr',
  'figure',
  'dl',
  'hr',
]);

/** Whether an element holds blocks (and is walked) rather than only running text (and is one paragraph). */
function hasBlocks(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (BLOCK_LEVEL.has(c.tagName) || hasBlocks(c)));
}

function cells(row: Element): string {
  return row.children
    .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
    .map((c) => foldWhitespace(toString(c)))
    .join(' | ');
}

function matchesSelf(node: Element, selector: string): boolean {
  // hast-util-select's matches() needs the node in a tree; a one-node root answers for the node itself.
  return select(selector, { type: 'root', children: [node as RootContent] }) === node;
}

/** Everything in `body` outside `main` with text in it, listed once per top-level element. */
function dropOutside(body: Element, main: Element | Root, dropped: OmittedBlock[], why: string) {
  const walk = (node: Element) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type !== 'element' || INVISIBLE.has(child.tagName)) continue;
      if (child === main) continue;
      if (contains(child, main)) walk(child);
      else {
        const text = foldWhitespace(toString(child));
        if (text !== '') dropped.push({ from: child.position?.start.line ?? 1, to: child.position?.end.line ?? 1, text, why });
      }
    }
  };
  walk(body);
}

function contains(node: Element, target: Element | Root): boolean {
  return node.children.some((c) => c === target || (c.type === 'element' && contains(c, target)));
}
