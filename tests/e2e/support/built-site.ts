import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { readArchive } from '../../../src/lib/read-archive';
import type { CitationMapEntry } from '../../../src/pages/citations.json';

// Browser tests follow whatever corpus is built: pages come from the build's own citation map and
// the archive reader, never from names of one edition.
const project = resolve(import.meta.dirname, '../../..');
export const distDir = resolve(process.env.DIST_DIR ?? join(project, 'dist'));

export type CitationEntry = CitationMapEntry;

/** The build's citation map (`/citations.json`), fetched like a reader's tool would. */
export async function builtCitations(request: APIRequestContext): Promise<CitationEntry[]> {
  const response = await request.get('/citations.json');
  if (!response.ok()) throw new Error(`/citations.json answered ${response.status()}`);
  return ((await response.json()) as { citations: CitationEntry[] }).citations;
}

/** The archive as the build reads it, from the corpus folder the built site came from. */
export function archivedSources() {
  return readArchive(resolve(process.env.CONTENT_DIR ?? join(project, 'content'), 'sources'));
}

/** URL paths of every built HTML page, `/` first. */
export function builtPagePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string, url: string) => {
    if (existsSync(join(dir, 'index.html'))) paths.push(url);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind') walk(join(dir, entry.name), `${url}${entry.name}/`);
    }
  };
  walk(distDir, '/');
  return paths;
}
