import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArchive } from '../lib/read-archive';

export interface SourceLoaderOptions {
  /** Folder holding `<name>.txt` + `<name>.yaml` pairs, relative to the project root. */
  dir: string;
}

/**
 * Content Layer loader for the raw source archive. All parsing lives in `readArchive`, which the
 * citation checker shares; this file only moves its result into Astro's store.
 */
export function sourceLoader({ dir }: SourceLoaderOptions): Loader {
  return {
    name: 'sourcebook-sources',
    async load({ store, config, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, dir);
      const sync = async () => {
        const sources = readArchive(folder, root);
        store.clear();
        for (const source of sources) {
          const data = await parseData({ id: source.id, data: { ...source } });
          store.set({ id: source.id, data, digest: generateDigest(source.sha256 + JSON.stringify(data)) });
        }
        logger.info(`${sources.length} sources, ${sources.reduce((n, s) => n + s.paragraphs.length, 0)} paragraphs archived`);
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder)) sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
