import type { SourcebookError } from './errors';

/**
 * Astro's glob loader logs a Markdown page's rendering error and builds the page empty, exit
 * code 0. Our remark/rehype plugins therefore also record their errors here, and the
 * `failOnMarkdownErrors` integration stops the build with them.
 */
const recorded: SourcebookError[] = [];

export function recordMarkdownError(error: SourcebookError): SourcebookError {
  if (!recorded.some((e) => e.message === error.message)) recorded.push(error);
  return error;
}

export function takeMarkdownErrors(): SourcebookError[] {
  return recorded.splice(0);
}

/** For a plugin's catch block: records an authoring error (a SourcebookError) and hands it back to be thrown. */
export function recordIfAuthoringError(error: unknown): unknown {
  return error instanceof Error && error.name === 'SourcebookError' ? recordMarkdownError(error as SourcebookError) : error;
}
