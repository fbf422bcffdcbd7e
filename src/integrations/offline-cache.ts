import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A key made of everything that decides a cached value (strings and bytes, each length-prefixed so parts cannot run together). */
export function contentKey(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** Values kept between builds, each under the key of what it was made from. */
export interface ContentCache {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  /** Removes every entry this build neither read nor wrote, so the folder holds one build's worth. */
  prune(): Promise<void>;
  /** How many `get` calls found their value. */
  readonly hits: number;
}

const KEY = /^[0-9a-f]{64}$/;
const DIGEST = 32;

/**
 * A folder of values named by their content key (never by a date: a changed input has another key,
 * so nothing stale is found). Each file starts with the SHA-256 of its value, and a value that does
 * not match it (a torn write, a damaged disk) counts as absent; values are written to a temporary
 * file and renamed into place, so a reader never sees half of one.
 */
export async function openCache(dir: string): Promise<ContentCache> {
  await mkdir(dir, { recursive: true });
  const known = new Set((await readdir(dir)).filter((name) => KEY.test(name)));
  const used = new Set<string>();
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    async get(key) {
      used.add(key);
      if (!known.has(key)) return undefined;
      const stored = await readFile(join(dir, key)).catch(() => undefined);
      if (!stored || stored.length < DIGEST) return undefined;
      const value = stored.subarray(DIGEST);
      if (!createHash('sha256').update(value).digest().equals(stored.subarray(0, DIGEST))) return undefined;
      hits++;
      return value;
    },
    async set(key, value) {
      used.add(key);
      const temporary = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      await writeFile(temporary, Buffer.concat([createHash('sha256').update(value).digest(), value]));
      await rename(temporary, join(dir, key));
    },
    async prune() {
      await Promise.all([...known].filter((key) => !used.has(key)).map((key) => rm(join(dir, key), { force: true })));
    },
  };
}
