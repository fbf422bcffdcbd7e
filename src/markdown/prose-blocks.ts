import type { Parent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { SourcePosition } from '../lib/errors';
import { locator } from './file-locator';
import { endOfLastMatch } from '../lib/text';

/** A block whose inline text is read as one run of prose: paragraphs, headings, table cells. */
export interface ProseBlock {
  node: Parent;
  /** The block's text nodes joined in reading order (link text included). */
  text: string;
  runs: Array<{ node: Text; from: number }>;
}

const PHRASING = new Set(['paragraph', 'heading', 'tableCell']);

export function proseBlocks(tree: Root | Parent): ProseBlock[] {
  const found: ProseBlock[] = [];
  const walk = (node: Root | RootContent) => {
    if (PHRASING.has(node.type)) found.push(readBlock(node as Parent));
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree as Root);
  return found;
}

function readBlock(block: Parent): ProseBlock {
  const runs: ProseBlock['runs'] = [];
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
  return { node: block, text: runs.map((r) => r.node.value).join(''), runs };
}

const straighten = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * `file:line:col` of words found at `at` in a block's joined text. Smartypants has curled the
 * text's quote marks, so the words are looked up in the Markdown source with marks straightened
 * (a one-for-one change); failing that, the error points at the start of the text node.
 */
export function positionIn(file: VFile) {
  const locate = locator(file);
  const source = String(file.value ?? '');
  return (block: ProseBlock, at: number, words: string): SourcePosition => {
    const run = block.runs.find((r) => at >= r.from && at < r.from + r.node.value.length) ?? block.runs[0];
    if (!run) return locate(undefined, block.node);
    const start = run.node.position?.start.offset;
    const end = run.node.position?.end.offset;
    if (start === undefined || end === undefined) return locate(undefined, run.node);
    const found = straighten(source.slice(start, end)).indexOf(straighten(words));
    return locate(found < 0 ? start : start + found, run.node);
  };
}

/** Where the sentence holding offset `at` starts, not before `floor`. */
export function sentenceStart(text: string, at: number, floor = 0): number {
  return floor + endOfLastMatch(text.slice(floor, at), /(?<!(?:^|[\s.])\p{Lu})[.!?][”"’)]*\s+(?=\S)/gu);
}
