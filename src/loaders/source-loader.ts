import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHIVE_DIR, loadArchive } from '../lib/read-archive';

/**
 * Content Layer loader for the raw source archive (`content/sources/` under the project root).
 * All parsing lives in `readArchive`; this file only moves the build's one reading of the archive
 * (`loadArchive`, shared with the citation plugins and the search index) into Astro's store.
 */
export function sourceLoader(): Loader {
  return {
    name: 'sourcebook-sources',
    async load({ store, config, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const folder = join(root, ARCHIVE_DIR);
      const sync = async () => {
        const sources = loadArchive(root);
        store.clear();
        for (const source of sources) {
          const data = await parseData({ id: source.id, data: { ...source } });
          store.set({ id: source.id, data, digest: generateDigest(source.sha256 + JSON.stringify(data)) });
        }
        const count = (part: 'paragraphs' | 'sections') => sources.reduce((n, s) => n + s[part].length, 0);
        logger.info(`${sources.length} sources, ${count('sections')} sections, ${count('paragraphs')} paragraphs archived`);
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder)) sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
