import type { AstroIntegration } from 'astro';
import { holdDiskReads } from '../lib/disk-memo';

/**
 * In `astro build`, the archive and the site settings are read once and not checked again for
 * changes (lib/disk-memo): a build reads one state of the project. The dev server keeps checking.
 */
export function readInputsOnce(): AstroIntegration {
  return {
    name: 'sourcebook:read-inputs-once',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') holdDiskReads();
      },
    },
  };
}
