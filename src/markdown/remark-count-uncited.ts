import type { Parent, Root, RootContent, Table, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { EDITORIAL_MARK, uncitedSentences } from '../lib/uncited-sentences';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';
import { positionIn, proseBlocks, type ProseBlock } from './prose-blocks';

/** Uncited sentences per page file in this build: what integrations/uncited-sentences prints. */
const counts = new Map<string, number>();

export function takeUncitedCounts(): Map<string, number> {
  const taken = new Map(counts);
  counts.clear();
  return taken;
}

const HINT = `Cite the passage it rests on ([@source ¶4]). If it is the site's own voice (navigation, "the texts do not say", a general definition), end it with ${EDITORIAL_MARK}, or start the block with it.`;

/**
 * Counts, for every written page, the sentences that carry no citation and no editorial marker
 * (lib/uncited-sentences), records one located error for each, and removes the markers from
 * the page. Headings are titles, not claims; a table row counts as one claim, cited when any of
 * its cells is.
 *
 * Errors are reported with the page's others (markdown/page-errors). Preconditions: runs first, before citations become footnotes.
 */
export function remarkCountUncited() {
  return (tree: Root, file: VFile) => {
    const position = positionIn(file);
    const locate = locator(file);
    const errors: SourcebookError[] = [];
    const report = (at: ReturnType<typeof locate>, text: string) => {
      errors.push(new SourcebookError(at, `Sentence with no citation: “${clip(text)}”.`, HINT));
    };
    const visit = (node: Root | RootContent) => {
      if (node.type === 'heading') return;
      if (node.type === 'table') return checkTable(node, (row, text) => report(locate(row.position?.start.offset, row), text));
      if (node.type === 'paragraph') {
        const [block] = proseBlocks(node);
        const lead = node.children[0]?.type === 'strong' ? (proseBlocks({ type: 'paragraph', children: [node.children[0]] })[0]?.text.length ?? 0) : 0;
        if (block)
          for (const sentence of uncitedSentences(block.text, lead)) report(position(block, sentence.from, firstWords(block, sentence.from)), sentence.text);
        return stripMarks(node);
      }
      if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    };
    visit(tree);
    const name = locate(undefined, tree).file;
    counts.set(name, errors.length);
    reportErrors(file, errors);
  };
}

export const isMdx = (file: VFile) => Boolean(file.path?.endsWith('.mdx'));

function checkTable(table: Table, report: (row: RootContent, text: string) => void) {
  for (const row of table.children.slice(1)) {
    const cells = row.children.map((cell) => proseBlocks(cell)[0]?.text ?? '');
    const text = cells.join(' | ');
    if (!cells.some((c) => c.includes('[@') || c.includes(EDITORIAL_MARK)) && /\p{L}/u.test(text)) report(row, text);
    for (const cell of row.children) stripMarks(cell);
  }
}

/** The marker is for the build, not the reader. */
function stripMarks(node: Parent) {
  const walk = (n: RootContent) => {
    if (n.type === 'text' && n.value.includes(EDITORIAL_MARK))
      (n as Text).value = n.value
        .replaceAll(` ${EDITORIAL_MARK}`, '')
        .replaceAll(EDITORIAL_MARK, '')
        .replace(/^\s+/, (s) => (n === node.children[0] ? '' : s));
    else if ('children' in n) for (const child of n.children as RootContent[]) walk(child);
  };
  for (const child of node.children as RootContent[]) walk(child);
}

/** A few words from the sentence's start, in one text node, to find it in the Markdown source. */
function firstWords(block: ProseBlock, from: number): string {
  let at = from;
  while (/\s/.test(block.text[at] ?? '')) at += 1;
  const run = block.runs.find((r) => at >= r.from && at < r.from + r.node.value.length);
  if (!run) return '';
  return run.node.value.slice(at - run.from, at - run.from + 24).replace(/\s+\S*$/, '');
}

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
