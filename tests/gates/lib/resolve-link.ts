/**
 * Maps an internal URL path to the built file a static host would answer it with, the way
 * nginx does with `try_files $uri $uri/ =404` (a folder answers with its index.html, and
 * `/x` redirects to `/x/` when `x/` is a folder). Pure: `files` is the set of built files.
 */
export type Resolution = { ok: true; file: string } | { ok: false; reason: string };

export function resolvePath(pathname: string, base: string, files: ReadonlySet<string>): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, reason: 'badly percent-encoded path' };
  }
  if (!decoded.startsWith(base)) {
    // `/sub` without its slash is still the site root on a real host (it redirects).
    if (decoded === base.slice(0, -1) && files.has('index.html')) return { ok: true, file: 'index.html' };
    return { ok: false, reason: `outside the base path ${base}` };
  }
  const rest = decoded.slice(base.length);
  if (rest === '' || rest.endsWith('/')) {
    const index = `${rest}index.html`;
    return files.has(index) ? { ok: true, file: index } : { ok: false, reason: `no ${index} in the build` };
  }
  if (files.has(rest)) return { ok: true, file: rest };
  if (files.has(`${rest}/index.html`)) return { ok: true, file: `${rest}/index.html` };
  return { ok: false, reason: `no file ${rest} in the build` };
}

/** Splits a `srcset` into its URLs (`a.png 1x, b.png 2x` → `a.png`, `b.png`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/(?<=\s\d+(?:\.\d+)?[wx])\s*,\s*|,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Schemes that are not fetched from a server and so are not links to check. */
export function isNonFetchedScheme(value: string): boolean {
  return /^(mailto|tel|data|sms):/i.test(value.trim());
}
