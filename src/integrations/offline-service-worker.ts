import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILE_CONCURRENCY, mapLimit } from '../lib/map-limit';
import { formatSize } from '../lib/offline/edition-zip';
import { builtFile, offlinePlan, type BuiltFile } from '../lib/offline/precache';

async function builtFiles(root: string): Promise<BuiltFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return mapLimit(
    entries.filter((e) => e.isFile()),
    FILE_CONCURRENCY,
    async (e) => {
      const full = join(e.parentPath, e.name);
      return builtFile(relative(root, full).split(sep).join('/'), await readFile(full));
    },
  );
}

/** Where "Save the whole site" reads what to store, and the page learns the cache's name. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

/**
 * Writes `<outDir>/sw.js`, which stores only what every page needs (styles, scripts, the search
 * runtime and its entry files) plus the page being read, keeps pages and search files as they are
 * visited, and `<outDir>/offline-manifest.json`, the whole site with sizes, which the "Save the
 * whole site" control stores on request. Must run last: it versions the final files.
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
        const plan = offlinePlan(await builtFiles(outDir), base);
        const template = await readFile(new URL('../scripts/service-worker.template.js', import.meta.url), 'utf8');
        const installed = { version: plan.version, cache: plan.cache, shell: plan.shell };
        await writeFile(join(outDir, 'sw.js'), `self.__OFFLINE__ = ${JSON.stringify(installed)};\n${template}`);
        const shell = new Set(plan.shell);
        const bytes = plan.site.reduce((sum, [, size]) => sum + size, 0);
        await writeFile(
          join(outDir, OFFLINE_MANIFEST),
          JSON.stringify({ version: plan.version, cache: plan.cache, bytes, files: plan.site.map(([url, size]) => [url, size, shell.has(url) ? 1 : 0]) }),
        );
        logger.info(
          `sw.js installs ${plan.shell.length} files; saving the whole site stores ${plan.site.length} files, ${formatSize(bytes)} (version ${plan.version})`,
        );
      },
    },
  };
}
