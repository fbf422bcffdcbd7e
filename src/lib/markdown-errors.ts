import { authoringErrorsOf, type SourcebookError } from './errors';

/*
 * Why our Markdown plugins record their errors (the one place this is explained): Astro's glob
 * loader logs a Markdown page's rendering error and builds the page empty, exit code 0. So every
 * remark/rehype plugin of ours records its errors here (through markdown/page-errors, which also
 * keeps them with the page so later plugins still run), and the `failOnMarkdownErrors`
 * integration stops the build with all of them, of every page, before any page is written.
 */
const recorded: SourcebookError[] = [];

/** Keeps an authoring error for `failOnMarkdownErrors` (once, however often a page is rendered). */
export function recordMarkdownError(error: SourcebookError): SourcebookError {
  if (!recorded.some((e) => e.message === error.message)) recorded.push(error);
  return error;
}

/** Every error recorded since the last call, emptying the record. */
export function takeMarkdownErrors(): SourcebookError[] {
  return recorded.splice(0);
}

/** For a plugin's catch block: records an authoring error (or each of a list) and hands it back to be thrown. */
export function recordIfAuthoringError(error: unknown): unknown {
  for (const each of authoringErrorsOf(error) ?? []) recordMarkdownError(each);
  return error;
}
