import type { SourcePosition } from './errors';
import { joinBase } from './urls';

/** A link an author wrote to somewhere on this site, kept until the built pages can be checked. */
export interface InternalLink {
  at: SourcePosition;
  /** The address (without base) of the page the link is on, e.g. `about` or `` for the home page. */
  fromRoute: string;
  href: string;
}

/**
 * Where an internal link lands, as a path inside the built site (`about/index.html`) and a
 * decoded fragment, or why it leaves the site. `base` is Astro's base (`/` or `/sub/`).
 */
export function resolveInternal(
  link: Pick<InternalLink, 'fromRoute' | 'href'>,
  base: string,
): { file: string; candidates: string[]; fragment?: string } | { outside: string } {
  const prefix = joinBase(base, '');
  const from = new URL(joinBase(base, link.fromRoute), 'https://site.invalid');
  const to = new URL(link.href, from);
  if (to.origin !== from.origin) return { outside: to.href };
  let path = decodeURIComponent(to.pathname);
  if (!path.startsWith(prefix) && `${path}/` !== prefix) return { outside: path };
  path = path.slice(prefix.length);
  const fragment = to.hash ? decodeURIComponent(to.hash.slice(1)) : undefined;
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return { file: candidates[0]!, candidates, ...(fragment ? { fragment } : {}) };
}

const recorded: InternalLink[] = [];

/** Called by remark-check-urls for every internal link, checked by check-internal-links after the build. */
export function recordInternalLink(link: InternalLink): void {
  recorded.push(link);
}

export function takeInternalLinks(): InternalLink[] {
  return recorded.splice(0);
}
