import type { AstroIntegration } from 'astro';
import { takeMarkdownErrors } from '../lib/markdown-errors';

/** Stops `astro build` when a Markdown plugin recorded an authoring error (see lib/markdown-errors). */
export function failOnMarkdownErrors(): AstroIntegration {
  return {
    name: 'sourcebook:fail-on-markdown-errors',
    hooks: {
      'astro:build:start': () => {
        const errors = takeMarkdownErrors();
        if (errors.length === 0) return;
        const error = new Error(`${errors.length} Markdown error${errors.length > 1 ? 's' : ''}:\n${errors.map((e) => e.message).join('\n')}`);
        error.name = 'SourcebookError';
        // The messages carry file:line:col; a stack into this hook would only point away from them.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
