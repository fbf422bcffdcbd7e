import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform, type Format } from 'esbuild';

/** The runtime files every first search loads: Pagefind's API module and its worker (a classic script). */
const RUNTIME: Array<[file: string, format: Format | undefined]> = [
  ['pagefind.js', 'esm'],
  ['pagefind-worker.js', undefined],
];

/**
 * Pagefind ships its browser runtime with the whitespace removed but every name kept. Minified by
 * esbuild, as Vite minifies our own scripts, the two files a first search loads besides the
 * WebAssembly are about 15% smaller on the wire (docs/performance.md). A classic script's top-level
 * names are globals, so esbuild renames only names inside functions there; the module keeps its exports.
 */
export async function minifyPagefindRuntime(bundleDir: string): Promise<void> {
  await Promise.all(
    RUNTIME.map(async ([file, format]) => {
      const path = join(bundleDir, file);
      const { code } = await transform(await readFile(path, 'utf8'), { minify: true, legalComments: 'inline', ...(format ? { format } : {}) });
      await writeFile(path, code);
    }),
  );
}
