import type { AstroIntegration } from 'astro';
import { SourcebookErrors } from '../lib/errors';
import { takeMarkdownErrors } from '../lib/markdown-errors';

/**
 * Stops `astro build` when Markdown plugins recorded authoring errors (see lib/markdown-errors):
 * all of them, of every page, sorted by file and line, each once, with their count.
 */
export function failOnMarkdownErrors(): AstroIntegration {
  return {
    name: 'sourcebook:fail-on-markdown-errors',
    hooks: {
      'astro:build:start': () => {
        const errors = takeMarkdownErrors();
        if (errors.length > 0) throw new SourcebookErrors(errors, 'error in the pages');
      },
    },
  };
}
