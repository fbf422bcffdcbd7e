import type { SourcebookError } from '../lib/errors';

/**
 * Throws every authoring error a plugin found in one page. Astro's glob loader only logs what a
 * plugin throws (the recorded errors stop the build), but an MDX page stops at the thrown error,
 * so it must carry all of them.
 */
export function throwAll(errors: readonly SourcebookError[]): void {
  if (errors.length === 0) return;
  if (errors.length === 1) throw errors[0];
  const error = new Error(errors.map((e) => e.message).join('\n'));
  error.name = 'SourcebookError';
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}
