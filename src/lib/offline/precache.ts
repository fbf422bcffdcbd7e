import { createHash } from 'node:crypto';
import { joinBase } from '../urls';

export interface BuiltFile {
  /** Path inside the output folder, with `/` separators, e.g. `sources/cluley/index.html`. */
  path: string;
  size: number;
  /** SHA-256 of the bytes. */
  digest: Buffer;
}

/** A built file as the plan needs it: its size and hash, not its bytes, so a large site is not held in memory. */
export const builtFile = (path: string, bytes: Uint8Array): BuiltFile => ({ path, size: bytes.length, digest: createHash('sha256').update(bytes).digest() });

/**
 * Never stored: Pagefind's three ready-made interfaces and the fallback WebAssembly we never load;
 * host settings files (`_headers`, `_redirects`, read by the host, never served); the service
 * worker and its manifest themselves; the offline edition's zip (a download, not a page).
 */
const NOT_CACHED = [
  /^sw\.js$/,
  /^offline-manifest\.json$/,
  /\.map$/,
  /\.zip$/,
  /^_(headers|redirects)$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./,
  /^pagefind\/wasm\.unknown\.pagefind$/,
];

/**
 * What every page needs and what any search starts with, whatever the size of the site: styles
 * and scripts, and Pagefind's runtime, entry, metadata and filter lists (its index chunks and
 * fragments are fetched, and then kept, as searches ask for them).
 */
const SHELL = [
  /^_astro\/.+\.(css|js)$/,
  /^pagefind\/pagefind(-worker)?\.js$/,
  /^pagefind\/wasm\.[a-z-]+\.pagefind$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/[^/]+\.pf_meta$/,
  /^pagefind\/filter\//,
];

/** The URL a reader requests for a built file: `a/index.html` is fetched as `a/`. */
export function requestPath(path: string): string {
  return path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface OfflinePlan {
  /** Content hash of every cacheable file (names and bytes): a new build gets a new cache. */
  version: string;
  /** The one cache this build's service worker and "Save the whole site" use. */
  cache: string;
  /** Stored when the service worker installs (with the page being read). */
  shell: string[];
  /** Everything "Save the whole site" stores: URL and size in bytes, shell included. */
  site: Array<[string, number]>;
}

export const CACHE_PREFIX = 'sourcebook-';

/** What the service worker stores at once and on request, under the deployment base. */
export function offlinePlan(files: readonly BuiltFile[], base: string): OfflinePlan {
  const kept = files.filter((f) => !NOT_CACHED.some((re) => re.test(f.path))).sort((a, b) => (a.path < b.path ? -1 : 1));
  const hash = createHash('sha256');
  for (const file of kept) hash.update(file.path).update('\0').update(file.digest).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  const toUrl = (f: BuiltFile) => joinBase(base, requestPath(f.path));
  return {
    version,
    cache: `${CACHE_PREFIX}${version}`,
    shell: kept.filter((f) => SHELL.some((re) => re.test(f.path))).map(toUrl),
    site: kept.map((f) => [toUrl(f), f.size]),
  };
}
