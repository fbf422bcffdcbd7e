import type { AstroIntegration } from 'astro';
import { takeUncitedCounts } from '../markdown/remark-count-uncited';

/**
 * Prints, per written page, how many sentences carry no citation (remark-count-uncited). Listed
 * before failOnMarkdownErrors, so the counts are printed before a build that has any is stopped.
 */
export function uncitedSentenceReport(): AstroIntegration {
  return {
    name: 'sourcebook:uncited-sentences',
    hooks: {
      'astro:build:start': ({ logger }) => print(logger),
      // MDX pages are compiled with the pages themselves, after build:start.
      'astro:build:done': ({ logger }) => print(logger),
    },
  };
}

function print(logger: { info: (message: string) => void }) {
  const counts = [...takeUncitedCounts()].sort(([a], [b]) => a.localeCompare(b));
  if (counts.length === 0) return;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  logger.info(`uncited sentences: ${counts.map(([file, n]) => `${file.replace(/^.*\//, '')} ${n}`).join(', ')} (total ${total})`);
}
