import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface HtmlRef {
  /** e.g. `a[href]`, `img[srcset]`, `style url()`. */
  where: string;
  value: string;
  line: number;
}

export interface HtmlFacts {
  ids: Set<string>;
  refs: HtmlRef[];
}

/** Attributes that make the browser fetch or navigate, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  input: ['src'],
  form: ['action'],
  object: ['data'],
  use: ['href'],
};

/** hast property names differ from attribute names for a few of these. */
const PROPERTY_OF: Record<string, string> = { srcset: 'srcSet' };

/** `url(...)` and `@import "..."` targets in CSS text. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (value) out.push(value);
  }
  return out;
}

/** Everything the link and privacy gates need from one page: its ids and every URL it uses. */
export function htmlFacts(html: string): HtmlFacts {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const refs: HtmlRef[] = [];
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    const line = node.position?.start.line ?? 0;
    if (typeof props['id'] === 'string') ids.add(props['id']);
    if (node.tagName === 'a' && typeof props['name'] === 'string') ids.add(props['name']);
    for (const attr of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = props[PROPERTY_OF[attr] ?? attr];
      if (value === undefined || value === null || value === false) continue;
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      refs.push({ where: `${node.tagName}[${attr}]`, value: text, line });
    }
    if (typeof props['style'] === 'string') {
      for (const value of cssUrls(props['style'])) refs.push({ where: `${node.tagName}[style] url()`, value, line });
    }
    if (node.tagName === 'style') {
      const css = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      for (const value of cssUrls(css)) refs.push({ where: 'style url()', value, line });
    }
  });
  return { ids, refs };
}
