/**
 * Links inside the offline edition. Opened from `file://`, a folder is not a page and `/` is the
 * disk's root: every internal link must be relative and name its `index.html`.
 */

/** How to get from a built file (e.g. `sources/x/index.html`) back to the edition's root: `../../`. */
export function rootFrom(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A site path without base (`sources/x/#p3`, `/`, `a/?q=1`) as the file to open: `sources/x/index.html#p3`. */
export function editionPath(sitePath: string): string {
  const hashAt = sitePath.indexOf('#');
  const hash = hashAt === -1 ? '' : sitePath.slice(hashAt);
  const beforeHash = hashAt === -1 ? sitePath : sitePath.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt);
  let path = (queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)).replace(/^\/+/, '');
  // A directory (or a page URL without its trailing slash) opens the index.html inside it.
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (!/\.[a-z0-9]+$/i.test(path)) path += '/index.html';
  return `${path}${query}${hash}`;
}

/**
 * Rewrites one URL found in the built file `file` (path inside the site, `/` separators) for the
 * edition. URLs into the site — under the deployment `base`, or relative like `../about/` — become
 * relative to `file` and name their `index.html`; everything else (fragments on the same page,
 * `data:`, other sites, `mailto:`) is returned as it is.
 */
export function editionHref(file: string, href: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
  const page = new URL(`${prefix}${file}`, ORIGIN);
  const target = new URL(href, page);
  const path = `${target.pathname}${target.search}${target.hash}`;
  if (!path.startsWith(prefix) && `${target.pathname}/` !== prefix) return href;
  return rootFrom(file) + editionPath(path.slice(prefix.length - 1));
}

const ORIGIN = 'http://edition.invalid';
