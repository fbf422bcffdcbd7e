import { join, resolve } from 'node:path';
import type { Parent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { recordIfAuthoringError } from '../lib/markdown-errors';
import { parseCitations } from '../lib/parse-citations';
import { findQuotes, quoteIsSupported } from '../lib/prose-quotes';
import { label, verifyCitation, type CitationIndex } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { locator } from './file-locator';

export interface RemarkVerifyProseQuotesOptions {
  /** Folder of the source archive (default: `content/sources` under `process.cwd()`). */
  sourcesDir?: string;
  /** An index to verify against instead of reading `sourcesDir` (tests). */
  index?: CitationIndex;
}

/**
 * Verifies the quotations in an author's own sentences, not only those repeated inside a
 * citation: every double-quoted span in the prose before a citation group must occur in one of the
 * passages that group cites. Prose after the last citation of a block is not checked (it has no
 * footnote to be checked against).
 *
 * Preconditions: runs before remark-citations (which turns the groups into footnotes) and before
 * smartypants matters (straight and curly quotes are both recognised). Bad citations themselves
 * are left to remark-citations to report.
 */
export function remarkVerifyProseQuotes(options: RemarkVerifyProseQuotesOptions = {}) {
  const sourcesDir = resolve(options.sourcesDir ?? join(process.cwd(), 'content/sources'));
  const check = (tree: Root, file: VFile) => {
    const index = options.index ?? loadIndex(sourcesDir);
    const locate = locator(file);
    for (const block of phrasingBlocks(tree)) {
      const runs = textRuns(block);
      const text = runs.map((r) => r.node.value).join('');
      let proseStart = 0;
      for (const group of parseCitations(text)) {
        if (!group.ok) break;
        const passages: string[] = [];
        for (const citation of group.citations) {
          const result = verifyCitation(index, { sourceId: citation.sourceId, locator: citation.locator });
          if (!result.ok) continue;
          passages.push(result.text);
          // A commenter's name, as posted, may be quoted too (“Coyote” wrote…).
          const author = result.source.authors.get(citation.locator.id);
          if (author) passages.push(author);
        }
        const prose = text.slice(proseStart, group.offset);
        for (const quote of findQuotes(prose)) {
          if (passages.length === 0 || quoteIsSupported(quote.words, passages)) continue;
          const at = proseStart + quote.offset;
          const run = runs.find((r) => at >= r.from && at < r.from + r.node.value.length) ?? runs[0]!;
          const where = rawOffsetOf(quote.words, run.node, String(file.value));
          const cited = group.citations.map((c) => `${c.sourceId} ${label(c.locator.id)}`).join(', ');
          throw new SourcebookError(
            locate(where, run.node),
            `The quoted words “${quote.words}” are not in the passage${group.citations.length > 1 ? 's' : ''} this sentence cites (${cited}).`,
            'Quote the source exactly (only spacing and the style of quote marks and dashes may differ), mark left-out words with “…”, or cite the paragraph that holds the words.',
          );
        }
        proseStart = group.offset + group.length;
      }
    }
  };
  return (tree: Root, file: VFile) => {
    try {
      check(tree, file);
    } catch (error) {
      // Recorded so that failOnMarkdownErrors stops the build (Astro only logs rendering errors).
      throw recordIfAuthoringError(error);
    }
  };
}

const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function phrasingBlocks(tree: Root): Parent[] {
  const found: Parent[] = [];
  const walk = (node: Root | RootContent) => {
    if (PHRASING_BLOCKS.has(node.type)) found.push(node as Parent);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** The text nodes of a block in reading order, each with its offset in the block's joined text. */
function textRuns(block: Parent): Array<{ node: Text; from: number }> {
  const runs: Array<{ node: Text; from: number }> = [];
  let from = 0;
  const walk = (node: RootContent) => {
    if (node.type === 'text') {
      runs.push({ node, from });
      from += node.value.length;
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) walk(child);
    }
  };
  for (const child of block.children as RootContent[]) walk(child);
  return runs;
}

const straighten = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * Where the quoted words stand in the Markdown source. Smartypants has curled the node's quote
 * marks, so the words are looked up in the node's source span with quote marks straightened
 * (a one-for-one change); undefined sends the error to the start of the node.
 */
function rawOffsetOf(words: string, node: Text, source: string): number | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const at = straighten(source.slice(start, end)).indexOf(straighten(words));
  return at < 0 ? undefined : start + at;
}
