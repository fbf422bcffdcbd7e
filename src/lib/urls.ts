import { SourcebookError } from './errors';

/**
 * Every internal URL is made here, so the site works under any `base` (e.g. `/<repo>/`).
 * `joinBase` is pure; `url` binds it to the build's configured base.
 */
export function joinBase(base: string, path: string): string {
  const prefix = `/${base}/`.replace(/\/{2,}/g, '/');
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

/**
 * The `base` to build with, from `SITE_BASE`: always `/…/` (so `sub` and `/sub` mean `/sub/`,
 * and the footnote links made by remark-citations agree with Astro's own). Characters a URL
 * would have to escape are refused, because Astro and our links would escape them differently.
 */
export function normaliseBase(raw: string | undefined, variable = 'SITE_BASE'): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (!/^[A-Za-z0-9._~/-]+$/.test(value) || /(^|\/)\.\.?(\/|$)/.test(value)) {
    throw new SourcebookError(
      { file: `environment variable ${variable}` },
      `${variable}=${JSON.stringify(raw)} is not a usable base path: only letters, digits and . _ ~ - / may appear, and no "." or ".." segment.`,
      `Set ${variable} to the folder the site is served from, such as /docs/ (use - instead of spaces).`,
    );
  }
  return `/${value.replace(/^\/+|\/+$/g, '').replace(/\/{2,}/g, '/')}/`;
}

/** The site's origin from `SITE_URL` (an absolute http(s) URL), named in the error when it is not one. */
export function siteOrigin(raw: string | undefined, fallback: string, variable = 'SITE_URL'): string {
  if (raw === undefined || raw.trim() === '') return fallback;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new SourcebookError(
      { file: `environment variable ${variable}` },
      `${variable}=${JSON.stringify(raw)} is not an absolute http(s) URL.`,
      `Set ${variable} to the address the site is published at, such as https://example.org (no path; the path goes in SITE_BASE).`,
    );
  }
  return raw;
}
