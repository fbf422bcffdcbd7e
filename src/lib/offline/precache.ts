import { createHash } from 'node:crypto';
import { joinBase } from '../urls';

export interface BuiltFile {
  /** Path inside the output folder, with `/` separators, e.g. `sources/cluley/index.html`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Pagefind writes three ready-made interfaces and a fallback WebAssembly build we never load; a
 * reader's device should not store them. Host settings files (`_headers`, `_redirects`) are read by
 * the host, never served, and one failed download would abort the whole install. Everything else
 * the build wrote is part of the site.
 */
const NOT_CACHED = [
  /^sw\.js$/,
  /\.map$/,
  /^_(headers|redirects)$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./,
  /^pagefind\/wasm\.unknown\.pagefind$/,
];

/** The URL a reader requests for a built file: `a/index.html` is fetched as `a/`. */
export function requestPath(path: string): string {
  return path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface Precache {
  /** Content hash of every cached file (names and bytes): a new build gets a new cache. */
  version: string;
  urls: string[];
}

/** What the service worker stores, under the deployment base, and the version that names it. */
export function precacheFor(files: readonly BuiltFile[], base: string): Precache {
  const kept = files.filter((f) => !NOT_CACHED.some((re) => re.test(f.path))).sort((a, b) => (a.path < b.path ? -1 : 1));
  const hash = createHash('sha256');
  for (const file of kept) hash.update(file.path).update('\0').update(createHash('sha256').update(file.bytes).digest()).update('\0');
  return { version: hash.digest('hex').slice(0, 16), urls: kept.map((f) => joinBase(base, requestPath(f.path))) };
}
