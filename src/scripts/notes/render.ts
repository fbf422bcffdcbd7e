import type { Excerpt } from './fetch-page';

/** Builds elements from text only: previews never import markup from the fetched page. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A paragraph's text with the quoted words marked, if they occur in it as written. */
function marked(block: string, quote: string | undefined): Array<Node | string> {
  const at = quote ? block.indexOf(quote) : -1;
  if (!quote || at < 0) return [block];
  return [block.slice(0, at), h('mark', {}, quote), block.slice(at + quote.length)];
}

/** The excerpt of a target page, with a link that opens the target itself. */
export function renderExcerpt(found: Excerpt, href: string, options: { quote?: string | undefined; open: string }): HTMLElement {
  return h(
    'div',
    { class: 'preview-excerpt' },
    h('p', { class: 'preview-title' }, found.title),
    ...found.blocks.map((block) => h('p', {}, ...marked(block, options.quote))),
    h('p', { class: 'preview-open' }, h('a', { href }, options.open)),
  );
}

export function renderFailure(href: string, open: string): HTMLElement {
  return h('p', { class: 'preview-failed' }, 'This preview cannot be loaded here. ', h('a', { href }, open));
}
