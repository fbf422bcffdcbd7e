import { createHash } from 'node:crypto';

/**
 * The CSP source that allows one inline script or style: `sha256-<base64 digest>` of its exact
 * text (Astro hashes only what it bundles; inline code needs its hash added by hand).
 */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
