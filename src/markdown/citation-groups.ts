import type { Nodes, Parent, Root, Text } from 'mdast';
import type { Parent as UnistParent } from 'unist';
import type { VFile } from 'vfile';
import type { SourcePosition } from '../lib/errors';
import { parseCitations, type ParsedGroup } from '../lib/parse-citations';
import { matchOccurrences } from '../lib/text-position';
import { verifyCitation, type CitationIndex, type VerifyResult } from '../lib/verify-citation';
import { eachNode } from './each-node';
import { locator } from './file-locator';

/** A citation group as written in one text node, parsed and checked against the archive once. */
export interface WrittenGroup {
  group: ParsedGroup;
  /** One result per citation of a well-formed group (empty for a malformed one). */
  results: VerifyResult[];
  /** Where the group's `[` is written, for errors. */
  at: SourcePosition;
}

/** A text node that holds citation groups, in document order. */
export interface CitedText {
  node: Text;
  /** Whether the text sits inside a link, where a footnote reference cannot go. */
  inLink: boolean;
  groups: WrittenGroup[];
}

declare module 'vfile' {
  interface DataMap {
    /** The citation groups of the tree this file was parsed into (see `citedTexts`). */
    citedTexts: { tree: Root; texts: globalThis.Map<Text, CitedText> };
  }
}

/**
 * Every citation group of a Markdown tree, parsed and verified once per file and shared through
 * `file.data`: remark-verify-prose-quotes checks the prose against them, remark-citations turns
 * them into footnotes, and neither parses or verifies a group again. An escaped `\[@` is text,
 * not a group.
 */
export function citedTexts(tree: Root, file: VFile, index: CitationIndex): Map<Text, CitedText> {
  const shared = file.data.citedTexts;
  if (shared?.tree === tree) return shared.texts;
  const texts = new Map<Text, CitedText>();
  const locate = locator(file);
  eachNode<Text>(tree, 'text', (node, ancestors) => {
    if (!node.value.includes('[@')) return;
    const groups = writtenGroups(node, String(file.value), locate);
    if (groups.length === 0) return;
    texts.set(node, { node, inLink: ancestors.some(isLink), groups });
  });
  for (const { groups } of texts.values()) {
    for (const written of groups) {
      if (written.group.ok) written.results = written.group.citations.map((citation) => verifyCitation(index, citation));
    }
  }
  file.data.citedTexts = { tree, texts };
  return texts;
}

function writtenGroups(node: Text, source: string, locate: ReturnType<typeof locator>): WrittenGroup[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const raw = start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
  // The node's value has lost escapes and entities and gained curly quotes; each "[@" of the
  // value still matches one of the Markdown source when their counts agree.
  const inRaw = raw === undefined ? undefined : matchOccurrences(node.value, raw, '[@');
  const written: WrittenGroup[] = [];
  for (const group of parseCitations(node.value)) {
    const rawOffset = inRaw?.get(group.offset);
    // `\[@` in the Markdown is the author's way to write a literal "[@".
    if (rawOffset !== undefined && rawOffset > 0 && raw![rawOffset - 1] === '\\') continue;
    const at = locate(start === undefined ? undefined : start + (rawOffset ?? 0), node);
    written.push({ group, results: [], at });
  }
  return written;
}

function isLink(node: Nodes | Parent | UnistParent): boolean {
  return node.type === 'link' || node.type === 'linkReference';
}
