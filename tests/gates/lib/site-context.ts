import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GateContext } from './gate';

/**
 * Reads where the built site is meant to live from its home page's canonical link, so the gates
 * check any build (`/` or `SITE_BASE=/sub/`) without being told twice.
 */
export function siteContext(distDir: string): GateContext {
  const dist = resolve(distDir);
  const home = join(dist, 'index.html');
  if (!existsSync(home)) throw new Error(`${home} does not exist: build the site first (npm run build).`);
  const canonical = /<link\b[^>]*\brel="canonical"[^>]*>/.exec(readFileSync(home, 'utf8'))?.[0];
  const href = canonical && /\bhref="([^"]+)"/.exec(canonical)?.[1];
  if (!href) throw new Error(`${home} has no <link rel="canonical" href>: the gates read the site's origin and base path from it.`);
  const url = new URL(href);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const expected = process.env.SITE_BASE;
  if (expected !== undefined && normalizeBase(expected) !== base) {
    throw new Error(`dist was built for base ${base} but SITE_BASE is ${expected}: rebuild, or unset SITE_BASE.`);
  }
  return { dist, base, siteOrigin: url.origin };
}

export function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}
