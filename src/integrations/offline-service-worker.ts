import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheFor, type BuiltFile } from '../lib/offline/precache';

async function builtFiles(root: string): Promise<BuiltFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = join(e.parentPath, e.name);
        return { path: relative(root, full).split(sep).join('/'), bytes: await readFile(full) };
      }),
  );
}

/**
 * Writes `<outDir>/sw.js`, which stores the whole built site — pages, assets and the search index —
 * so that reading and searching work offline after a first visit. Must run after the Pagefind
 * index is written (list it after `pagefindIndex()` in astro.config.mjs).
 */
export function offlineServiceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'sourcebook:offline-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const precache = precacheFor(await builtFiles(outDir), base);
        const template = await readFile(new URL('../scripts/service-worker.template.js', import.meta.url), 'utf8');
        await writeFile(join(outDir, 'sw.js'), `self.__PRECACHE__ = ${JSON.stringify(precache)};\n${template}`);
        logger.info(`sw.js caches ${precache.urls.length} files as version ${precache.version}`);
      },
    },
  };
}
