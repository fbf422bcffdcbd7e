/**
 * Every internal URL is made here, so the site works under any `base` (e.g. `/<repo>/`).
 * `joinBase` is pure; `url` binds it to the build's configured base.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const [pathname = '', fragment] = path.split('#', 2);
  const clean = pathname.replace(/^\/+/, '');
  const withSlash = clean === '' || clean.endsWith('/') || /\.[a-z0-9_]+$/i.test(clean) ? clean : `${clean}/`;
  return `${prefix}${withSlash}${fragment === undefined ? '' : `#${fragment}`}`;
}

export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Base-relative paths, for code that runs outside Vite (remark plugins) and joins its own base. */
export const sourcePath = (sourceId: string, anchor?: string) => `sources/${sourceId}/${anchor ? `#${anchor}` : ''}`;
export const pagePath = (pageId: string, anchor?: string) => `${pageId === 'index' ? '' : `${pageId}/`}${anchor ? `#${anchor}` : ''}`;

export const sourceUrl = (sourceId: string, anchor?: string) => url(sourcePath(sourceId, anchor));
export const pageUrl = (pageId: string, anchor?: string) => url(pagePath(pageId, anchor));
