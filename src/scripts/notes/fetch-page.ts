/**
 * Pages of this site, fetched on request for previews and parsed inert (DOMParser runs no
 * scripts). Only our own origin: a link elsewhere never gets a preview. Offline, the service
 * worker answers for pages it has cached; from a file:// copy fetch() is refused, and callers
 * fall back to the plain link.
 */
const pages = new Map<string, Promise<Document>>();

export function sameOriginPage(href: string): URL | undefined {
  if (!/^https?:$/.test(location.protocol)) return undefined;
  const target = new URL(href, location.href);
  return target.origin === location.origin ? target : undefined;
}

export function fetchPage(target: URL): Promise<Document> {
  const key = target.pathname;
  if (key === location.pathname) return Promise.resolve(document);
  let page = pages.get(key);
  if (!page) {
    page = fetch(key, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${key}: HTTP ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}

export interface Excerpt {
  /** What the target is: "Glossary: Backdoor", "Graham Cluley… ¶2". */
  title: string;
  /** Plain-text blocks, in order. */
  blocks: string[];
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The readable text of an element, without note numbers, ¶ links and "Cited in" lines. */
function blocksOf(el: Element): string[] {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('sup, .pnum, .cited-in, .heading-link, [data-footnote-backref]').forEach((n) => n.remove());
  const parts = copy.matches('p, li, blockquote') ? [copy] : [...copy.querySelectorAll(':scope > header, :scope > p, :scope > ul > li, :scope > ol > li')];
  return (parts.length ? parts : [copy]).map(text).filter(Boolean);
}

/** Section text: the blocks after a heading, up to the next heading (at most `limit`). */
function sectionAfter(heading: Element, limit: number): string[] {
  const start = heading.parentElement?.classList.contains('heading-wrapper') ? heading.parentElement : heading;
  const blocks: string[] = [];
  for (let el = start.nextElementSibling; el && blocks.length < limit; el = el.nextElementSibling) {
    if (el.matches('.heading-wrapper, h1, h2, h3, h4, section.footnotes')) break;
    blocks.push(...blocksOf(el).slice(0, limit - blocks.length));
  }
  return blocks;
}

/** What a link to `target` shows: an archived paragraph, a section, a note or a page summary. */
export function excerpt(doc: Document, target: URL): Excerpt | undefined {
  const pageTitle = text(doc.querySelector('h1') ?? doc.createElement('h1')) || doc.title;
  const id = decodeURIComponent(target.hash.slice(1));
  const el = id ? doc.getElementById(id) : null;
  if (!el) {
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    return id ? undefined : { title: pageTitle, blocks: description ? [description] : [] };
  }
  if (el.matches('.para, .comment, .dateline')) {
    const label = el.querySelector('.pnum')?.textContent?.trim() ?? `#${id}`;
    return { title: `${pageTitle}, ${label}`, blocks: blocksOf(el) };
  }
  if (/^H[1-6]$/.test(el.tagName)) return { title: `${pageTitle}: ${text(el)}`, blocks: sectionAfter(el, 2) };
  return { title: pageTitle, blocks: blocksOf(el).slice(0, 3) };
}
