import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { EDITION_ROOT_ATTRIBUTE, EDITION_SEARCH_NOTE } from './edition-files';
import { editionHref, rootFrom } from './edition-paths';

/** A `<script type="module">` of a built page: its file (under the base) or, inline, its code. */
export type ModuleScript = { src: string } | { code: string };

/** The key under which a page's module script is bundled once for the whole edition. */
export const scriptKey = (script: ModuleScript) => ('src' in script ? `src:${script.src}` : `code:${script.code}`);

const isModule = (node: Element) => node.tagName === 'script' && node.properties['type'] === 'module';
const codeOf = (node: Element) => node.children.map((c) => ('value' in c ? c.value : '')).join('');

/** Every module script of a page, in document order. */
export function moduleScripts(html: string): ModuleScript[] {
  const found: ModuleScript[] = [];
  visit(fromHtml(html), 'element', (node) => {
    if (!isModule(node)) return;
    found.push(typeof node.properties['src'] === 'string' ? { src: node.properties['src'] } : { code: codeOf(node) });
  });
  return found;
}

export interface EditionPageOptions {
  /** The page's path inside the site (`sources/x/index.html`). */
  file: string;
  base: string;
  /** For each module script's key: its classic bundle, as a path inside the site (`_astro/x.classic.js`). */
  classicScripts: ReadonlyMap<string, string>;
  /** What replaces the "Download for offline reading" link (marked `data-edition-download`). */
  editionLabel: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'] as const;

/**
 * One built page as the offline edition serves it from `file://`: internal links relative and
 * ending in `index.html`, module scripts (blocked on `file://`) replaced by their classic bundles,
 * deferred as module scripts are, the edition's root recorded for the search code, the search
 * panel's note about the coarser offline index, and no link to download what the reader has.
 */
export function editionPage(html: string, { file, base, classicScripts, editionLabel }: EditionPageOptions): string {
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'html') node.properties[toProperty(EDITION_ROOT_ATTRIBUTE)] = rootFrom(file);
    if (isModule(node)) {
      const key = scriptKey(typeof node.properties['src'] === 'string' ? { src: node.properties['src'] } : { code: codeOf(node) });
      const bundle = classicScripts.get(key);
      if (!bundle) throw new Error(`${file}: no classic bundle for the module script ${key.slice(0, 80)}`);
      node.properties = { src: editionHref(file, joinBase(base, bundle), base), defer: true };
      node.children = [];
      return SKIP;
    }
    if (node.tagName === 'link' && String(node.properties['rel'] ?? '').includes('modulepreload') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if ('dataEditionDownload' in node.properties && parent && index !== undefined) {
      parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['edition-label'] }, children: [{ type: 'text', value: editionLabel }] };
      return SKIP;
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string' && !(node.tagName === 'link' && node.properties['rel']?.toString() === 'canonical')) node.properties[name] = editionHref(file, value, base);
    }
    const classes = node.properties['className'];
    if (Array.isArray(classes) && classes.includes('search-panel')) {
      const status = node.children.findIndex((c) => c.type === 'element' && c.properties['role'] === 'status');
      const note: Element = { type: 'element', tagName: 'p', properties: { className: ['search-edition-note', 'muted'] }, children: [{ type: 'text', value: EDITION_SEARCH_NOTE }] };
      node.children.splice(status === -1 ? node.children.length : status, 0, note);
    }
    return undefined;
  });
  return toHtml(tree, { allowDangerousHtml: true });
}

const joinBase = (base: string, path: string) => `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/, '')}`;
const toProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
