import type { Heading, Paragraph, Root, TableCell, Text } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { recordIfAuthoringError } from '../lib/markdown-errors';
import type { CitationGroup } from '../lib/parse-citations';
import { citationLabel } from '../lib/passage-id';
import { findQuotes, longestPart, passagesHolding, quoteIsSupported } from '../lib/prose-quotes';
import { citedAs, verifyCitation, type CitationIndex } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { citedTexts, type CitedText, type WrittenGroup } from './citation-groups';
import { eachNode, SKIP } from './each-node';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';

export interface RemarkVerifyProseQuotesOptions {
  /** Project root whose `content/sources/` is cited (default: `process.cwd()`, Astro's root). */
  root?: string;
  /** An index to verify against instead of the project's archive (tests). */
  index?: CitationIndex;
}

/** A text node of a block, with where its value starts in the block's joined text. */
interface Run {
  node: Text;
  from: number;
}

/** A well-formed, verified group, placed in its block's joined text. */
interface PlacedGroup {
  group: CitationGroup;
  /** The cited passages' texts, and commenters' names as posted (“Coyote” wrote… quotes one). */
  passages: string[];
  /** Each citation as the errors name it: `report ¶4`, `gpl3 §11 ¶3`. */
  cited: string[];
  start: number;
  end: number;
}

/**
 * Verifies the quotations in an author's own sentences, not only those repeated inside a
 * citation: every double-quoted span in the prose before a citation group must occur in one of the
 * passages that group cites. Prose after the last citation of a block is not checked (it has no
 * footnote to be checked against).
 *
 * Preconditions: runs before remark-citations (which turns the groups into footnotes); straight
 * and curly quotes are both recognised, so smartypants may run before it. The groups are parsed
 * and verified once, shared with remark-citations (`citedTexts`); bad citations themselves are
 * left to remark-citations to report. Every failing quotation is reported (markdown/page-errors),
 * with a hint that names the paragraph holding the words, or the closest match.
 */
export function remarkVerifyProseQuotes(options: RemarkVerifyProseQuotesOptions = {}) {
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile) => {
    try {
      const index = options.index ?? loadIndex(root);
      const texts = citedTexts(tree, file, index);
      if (texts.size === 0) return;
      const errors: SourcebookError[] = [];
      eachNode(tree, isProseBlock, (node) => {
        errors.push(...checkBlock(textRuns(node), texts, file, index));
        return SKIP;
      });
      reportErrors(file, errors);
    } catch (error) {
      throw recordIfAuthoringError(error);
    }
  };
}

const isProseBlock = (node: Node): node is Paragraph | Heading | TableCell => node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';

/** The text nodes of a block in reading order, each with its offset in the block's joined text. */
function textRuns(block: Paragraph | Heading | TableCell): Run[] {
  const runs: Run[] = [];
  let from = 0;
  eachNode<Text>(block, 'text', (node) => {
    runs.push({ node, from });
    from += node.value.length;
  });
  return runs;
}

/** The block's groups up to its first malformed or unverifiable one, which remark-citations reports. */
function placedGroups(runs: Run[], texts: Map<Text, CitedText>): PlacedGroup[] {
  const placed: PlacedGroup[] = [];
  for (const run of runs) {
    for (const written of texts.get(run.node)?.groups ?? []) {
      const passages = supportingPassages(written);
      if (!written.group.ok || !passages) return placed;
      const start = run.from + written.group.offset;
      const { citations } = written.group;
      const cited = written.results.map((result, i) => (result.ok ? citedAs(citations[i]!, result) : citations[i]!.sourceId));
      placed.push({ group: written.group, passages, cited, start, end: start + written.group.length });
    }
  }
  return placed;
}

function supportingPassages({ group, results }: WrittenGroup): string[] | undefined {
  if (!group.ok) return undefined;
  const passages: string[] = [];
  for (const result of results) {
    if (!result.ok) return undefined;
    passages.push(...result.parts);
    const author = result.source.authors.get(result.passage.id);
    if (author) passages.push(author);
  }
  return passages;
}

function checkBlock(runs: Run[], texts: Map<Text, CitedText>, file: VFile, index: CitationIndex): SourcebookError[] {
  const text = runs.map((r) => r.node.value).join('');
  const errors: SourcebookError[] = [];
  let proseStart = 0;
  for (const { group, passages, cited: names, start, end } of placedGroups(runs, texts)) {
    for (const quote of findQuotes(text.slice(proseStart, start))) {
      if (quoteIsSupported(quote.words, passages)) continue;
      const at = proseStart + quote.offset;
      const run = runs.find((r) => at >= r.from && at < r.from + r.node.value.length) ?? runs[0]!;
      const cited = names.join(', ');
      errors.push(
        new SourcebookError(
          locator(file)(rawOffsetOf(quote.words, run.node, String(file.value)), run.node),
          `The quoted words “${quote.words}” are not in the passage${group.citations.length > 1 ? 's' : ''} this sentence cites (${cited}).`,
          proseQuoteHint(quote.words, group, index),
        ),
      );
    }
    proseStart = end;
  }
  return errors;
}

const GENERIC_HINT =
  'Quote the source exactly (only spacing and the style of quote marks and dashes may differ), mark left-out words with “…”, or cite the paragraph that holds the words.';

/**
 * The paragraph that holds the words — of a source this sentence cites, else of any source — or
 * the closest match in the cited source, as the citation's own quote gets (lib/verify-citation).
 */
function proseQuoteHint(words: string, group: CitationGroup, index: CitationIndex): string {
  const cited = group.citations.map((c) => c.sourceId).filter((id, i, all) => all.indexOf(id) === i);
  const others = [...index.keys()].filter((id) => !cited.includes(id));
  for (const sourceId of [...cited, ...others]) {
    const [id] = passagesHolding(words, index.get(sourceId)?.passages ?? []);
    if (id === undefined) continue;
    const where = cited.includes(sourceId) ? '' : ', a source this sentence does not cite';
    return `These words occur in ${citationLabel(id)} of ${sourceId}${where}: cite [@${sourceId} ${citationLabel(id)}] for them.`;
  }
  const first = group.citations[0]!;
  const closest = verifyCitation(index, { sourceId: first.sourceId, locator: first.locator, quote: longestPart(words) });
  if (!closest.ok && closest.hint.startsWith('Closest match')) return `${closest.hint} Mark left-out words with “…”.`;
  return GENERIC_HINT;
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
