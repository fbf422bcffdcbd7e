import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  stamp: string;
  value: unknown;
}

// Astro evaluates astro.config.mjs (with our plugins and integrations), content.config.ts (with the
// loader) and the pages in separate module graphs of one process, so a module-level cache would be
// filled once per graph. globalThis is the one object all of them share.
const KEY = Symbol.for('sourcebook.disk-memo');
const entries = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, Entry>;
const HELD = Symbol.for('sourcebook.disk-memo.held');
const state = globalThis as Record<symbol, unknown>;

/**
 * From now on in this process, a path read once is not stamped again: for `astro build`, which
 * reads one state of the project (a file saved during a build is the next build's). Checking the
 * stamp costs a `stat` per file under the folder, and the citation plugins ask for the archive
 * several times per page: at ×100 that was ~7 million `stat` calls per build.
 */
export function holdDiskReads(): void {
  state[HELD] = true;
}

/**
 * What is on disk at `path` right now, cheaply: a file's size and modification time, or a
 * folder's names with theirs. Equal stamps mean nothing was saved in between.
 */
export function diskStamp(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 'missing';
  }
  if (!stat.isDirectory()) return `${stat.size}@${stat.mtimeMs}`;
  return readdirSync(path)
    .sort()
    .map((name) => `${name}:${diskStamp(join(path, name))}`)
    .join('|');
}

/**
 * `read()`'s result for `path`, computed once per build and again only after a file under `path`
 * changed (the dev server). A read that throws is not remembered: the next caller sees the error too.
 */
export function readOnce<T>(kind: string, path: string, read: () => T): T {
  const key = `${kind}:${path}`;
  const cached = entries.get(key);
  if (cached && state[HELD]) return cached.value as T;
  const stamp = diskStamp(path);
  if (cached?.stamp === stamp) return cached.value as T;
  const value = read();
  entries.set(key, { stamp, value });
  return value;
}
