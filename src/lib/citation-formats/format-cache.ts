import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Formatted citations kept between builds. citeproc takes milliseconds per entry and style, and
 * every page and source has a Cite block, so a rebuild spent most of its rendering on citations
 * that had not changed. An entry's key is its CSL items with the generator (all of src/, the
 * config, the installed packages: the same inputs that decide whether a page is kept), so a
 * change to the items, the styles or the formatting code is a new key, never a stale citation.
 * Under `node_modules/.astro/`, which a clean build (and the benchmark) removes.
 */
export const CITATION_CACHE_DIR = 'node_modules/.astro/sourcebook-citations';

export function citationCacheKey(generator: string, items: readonly unknown[]): string {
  return createHash('sha256').update(generator).update('\0').update(JSON.stringify(items)).digest('hex');
}

const fileOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** The value a build wrote under `key`, or undefined when none did (or it was cut short). */
export function readCached<T>(dir: string, key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(fileOf(dir, key), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Whether a build wrote `key`: for deciding what to format ahead, without reading it. */
export function isCached(dir: string, key: string): boolean {
  return existsSync(fileOf(dir, key));
}

export function writeCached(dir: string, key: string, value: unknown): void {
  const file = fileOf(dir, key);
  mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
  // Written whole or not at all: a build stopped mid-write leaves no half file to be read later.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}
