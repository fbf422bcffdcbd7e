import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SourcebookError, SourcebookErrors, throwErrors, type SourcePosition } from '../lib/errors';
import { recordMarkdownError } from '../lib/markdown-errors';

declare module 'vfile' {
  interface DataMap {
    /** This page's authoring errors so far, when `remarkCollectErrors` opened the list. */
    sourcebookErrors: SourcebookError[];
  }
}

/** What a page's rendering hands the page template: its errors, as plain data (see `authoringErrors`). */
export interface PageError {
  file: string;
  line: number | undefined;
  column: number | undefined;
  reason: string;
  hint?: string;
}

/**
 * Throws every authoring error a plugin found. Used alone (a unit test, another pipeline), a
 * plugin stops the page at its own errors; in the site's pipeline `remarkCollectErrors` ran
 * first, so the errors are kept and the next plugins still check the page (see `reportErrors`).
 */
export function throwAll(errors: readonly SourcebookError[]): void {
  throwErrors(errors);
}

/**
 * How our plugins report: every error is recorded for `failOnMarkdownErrors` (lib/markdown-errors)
 * and kept with the page, so one build lists every error of every page; without the collector, thrown.
 */
export function reportErrors(file: VFile, errors: readonly SourcebookError[]): void {
  if (errors.length === 0) return;
  for (const error of errors) recordMarkdownError(error);
  const kept = file.data.sourcebookErrors;
  if (kept) kept.push(...errors);
  else throwAll(errors);
}

/** First remark plugin: from here on this page's errors are collected, not thrown one plugin at a time. */
export function remarkCollectErrors() {
  return (_tree: Root, file: VFile) => {
    file.data.sourcebookErrors = [];
  };
}

/**
 * Last rehype plugin: the page's errors, all at once. An MDX page is compiled while pages are
 * built (after `failOnMarkdownErrors` looked) and in the dev server on request: it throws them.
 * A Markdown page is rendered by the content layer, which would only log a thrown error and keep
 * an empty page: it carries them in `remarkPluginFrontmatter.sourcebookErrors`, which the page
 * template throws (`authoringErrors`), so the dev server shows them in the browser.
 */
export function rehypeReportErrors() {
  return (_tree: HastRoot, file: VFile) => {
    const errors = file.data.sourcebookErrors ?? [];
    if (errors.length === 0) return;
    if (file.path?.endsWith('.mdx')) throw new SourcebookErrors(errors);
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const plain: PageError[] = errors.map(({ file, line, column, reason, hint }) => ({ file, line, column, reason, ...(hint ? { hint } : {}) }));
    astro.frontmatter = { ...astro.frontmatter, sourcebookErrors: plain };
  };
}

/** The errors a rendered Markdown page carries (its `remarkPluginFrontmatter`), as one error to throw, if any. */
export function authoringErrors(frontmatter: Record<string, unknown> | undefined): SourcebookErrors | undefined {
  const plain = frontmatter?.['sourcebookErrors'] as PageError[] | undefined;
  if (!plain?.length) return undefined;
  return new SourcebookErrors(plain.map((e) => new SourcebookError(position(e), e.reason, e.hint)));
}

function position({ file, line, column }: PageError): SourcePosition {
  return { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}
