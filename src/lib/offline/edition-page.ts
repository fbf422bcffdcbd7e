import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { EDITION_ROOT_ATTRIBUTE, EDITION_SEARCH_NOTE } from './edition-files';
import { editionHref, rootFrom } from './edition-paths';

// parse5 directly, not hast: the edition rewrites every page of the site, and at 1,000+ pages
// hast's conversions cost several times parse5's own parse and serialise.
type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** A `<script type="module">` of a built page: its file (under the base) or, inline, its code. */
export type ModuleScript = { src: string } | { code: string };

/** The key under which a page's module script is bundled once for the whole edition. */
export const scriptKey = (script: ModuleScript) => ('src' in script ? `src:${script.src}` : `code:${script.code}`);

const attr = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;
const isModule = (node: Element) => node.tagName === 'script' && attr(node, 'type') === 'module';
const codeOf = (node: Element) => node.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
const scriptOf = (node: Element): ModuleScript => {
  const src = attr(node, 'src');
  return src === undefined ? { code: codeOf(node) } : { src };
};

/** Every element of a tree, parents before children (templates' contents included). */
function* elements(parent: ParentNode): Generator<Element> {
  for (const child of [...parent.childNodes]) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
  }
}

/** Every module script of a page, in document order. */
export function moduleScripts(html: string): ModuleScript[] {
  return [...elements(parse(html))].filter(isModule).map(scriptOf);
}

export interface EditionPageOptions {
  /** The page's path inside the site (`sources/x/index.html`). */
  file: string;
  base: string;
  /** Names the classic bundle that replaces a module script, as a path inside the site (`_astro/x.classic.js`). */
  classicScript: (script: ModuleScript) => string;
  /** What replaces the "Download for offline reading" link (marked `data-edition-download`). */
  editionLabel: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster']);

function element(tagName: string, attrs: Record<string, string>, text: string, parent: ParentNode): Element {
  const node = {
    nodeName: tagName,
    tagName,
    attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    namespaceURI: 'http://www.w3.org/1999/xhtml',
    childNodes: [],
    parentNode: parent,
  } as unknown as Element;
  node.childNodes.push({ nodeName: '#text', value: text, parentNode: node } as DefaultTreeAdapterMap['textNode']);
  return node;
}

/**
 * One built page as the offline edition serves it from `file://`: internal links relative and
 * ending in `index.html`, module scripts (blocked on `file://`) replaced by their classic bundles,
 * deferred as module scripts are, the edition's root recorded for the search code, the search
 * panel's note about the coarser offline index, and no link to download what the reader has.
 */
export function editionPage(html: string, { file, base, classicScript, editionLabel }: EditionPageOptions): string {
  const document = parse(html);
  for (const node of elements(document)) {
    const parent = node.parentNode!;
    if (node.tagName === 'html') node.attrs.push({ name: EDITION_ROOT_ATTRIBUTE, value: rootFrom(file) });
    if (isModule(node)) {
      const bundle = classicScript(scriptOf(node));
      node.attrs = [
        { name: 'src', value: editionHref(file, `${base.endsWith('/') ? base : `${base}/`}${bundle}`, base) },
        { name: 'defer', value: '' },
      ];
      node.childNodes = [];
      continue;
    }
    if (node.tagName === 'link' && (attr(node, 'rel') ?? '').split(/\s+/).includes('modulepreload')) {
      parent.childNodes.splice(parent.childNodes.indexOf(node), 1);
      continue;
    }
    if (attr(node, 'data-edition-download') !== undefined) {
      parent.childNodes.splice(parent.childNodes.indexOf(node), 1, element('span', { class: 'edition-label' }, editionLabel, parent));
      continue;
    }
    const canonical = node.tagName === 'link' && attr(node, 'rel') === 'canonical';
    for (const a of node.attrs) if (URL_ATTRIBUTES.has(a.name) && !canonical) a.value = editionHref(file, a.value, base);
    if ((attr(node, 'class') ?? '').split(/\s+/).includes('search-panel')) {
      const status = node.childNodes.findIndex((c) => isElement(c) && attr(c, 'role') === 'status');
      node.childNodes.splice(
        status === -1 ? node.childNodes.length : status,
        0,
        element('p', { class: 'search-edition-note muted' }, EDITION_SEARCH_NOTE, node),
      );
    }
  }
  return serialize(document);
}
