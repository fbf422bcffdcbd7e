import type { AstroIntegration } from 'astro';
import { shareFormatWorkerFile } from '../lib/citation-formats/format-pool';

/**
 * Lets a build format citations on worker threads (data/reader-citations.ts): tells the bundled
 * pages where the worker's source file is. The dev server formats on its own thread.
 */
export function citationFormatting(): AstroIntegration {
  return {
    name: 'sourcebook:citation-formatting',
    hooks: {
      'astro:build:start': () => shareFormatWorkerFile(new URL('../lib/citation-formats/format-worker.ts', import.meta.url)),
    },
  };
}
