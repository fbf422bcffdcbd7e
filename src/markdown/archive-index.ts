import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArchive } from '../lib/read-archive';
import { indexArchive, type CitationIndex } from '../lib/verify-citation';

const loaded = new Map<string, { stamp: string; index: CitationIndex }>();

/** Reads the archive once per process, again only if a file in it changed (dev server). */
export function loadIndex(dir: string): CitationIndex {
  const stamp = readdirSync(dir)
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
  const cached = loaded.get(dir);
  if (cached?.stamp === stamp) return cached.index;
  const index = indexArchive(readArchive(dir));
  loaded.set(dir, { stamp, index });
  return index;
}
