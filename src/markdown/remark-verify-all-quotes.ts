import type { FootnoteDefinition, Heading, Parent, Root, RootContent, TableRow, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { parseCitations, type CitationGroup } from '../lib/parse-citations';
import { quoteIsSupported } from '../lib/prose-quotes';
import { quotedRanges } from '../lib/speech-spans';
import { resolveCitation, type CitationIndex } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { reportErrors } from './page-errors';
import { positionIn, proseBlocks, type ProseBlock } from './prose-blocks';

export interface RemarkVerifyAllQuotesOptions {
  /** Project root whose `content/sources/` is cited (default: `process.cwd()`, Astro's root). */
  root?: string;
  /** An index to verify against instead of the project's archive (tests). */
  index?: CitationIndex;
}

/** Written right before an opening quotation mark: the words are a title, a scare quote or a term, not a source's. */
export const TERM_MARK = '[!term]';

/**
 * Every quotation on a written page is a source's words, checked, or marked as not a quotation.
 * remark-verify-prose-quotes checks double-quoted words written before a citation against that
 * citation; this plugin checks all the others — in headings, table cells and plain footnotes,
 * after a block's last citation, and in single marks — against the passages cited nearby:
 *
 * - a paragraph, list item or table cell: the citations in it (a cell: in its row too);
 * - a heading: the citations of its section, up to the next heading of the same or higher rank;
 * - a plain footnote (`[^x]: …`): its own citations and those of every block that refers to it.
 *
 * A quotation with `[!term]` right before its opening mark is not checked, by this plugin or by
 * the others: it becomes a node of its own that they do not read (the marker is removed).
 * Errors are SourcebookErrors at the quoted words. Preconditions: runs before
 * remark-verify-prose-quotes and remark-citations.
 */
export function remarkVerifyAllQuotes(options: RemarkVerifyAllQuotesOptions = {}) {
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile) => {
    const index = options.index ?? loadIndex(root);
    const position = positionIn(file);
    const errors: SourcebookError[] = [];
    markTerms(tree);
    const passagesOf = (blocks: ProseBlock[]) => blocks.flatMap((b) => citedPassages(index, groupsOf(b.text)));

    // Which blocks refer to each plain footnote, so its quotes can be checked against their citations.
    const referrers = new Map<string, ProseBlock[]>();
    for (const block of proseBlocks(tree)) {
      walk(block.node, (n) => {
        if (n.type === 'footnoteReference') referrers.set(n.identifier, [...(referrers.get(n.identifier) ?? []), block]);
      });
    }

    const check = (block: ProseBlock, context: () => string[], heading = false) => {
      const groups = groupsOf(block.text);
      const lastGroupEnd = groups.at(-1) ? groups.at(-1)!.offset + groups.at(-1)!.length : 0;
      let passages: string[] | undefined;
      for (const range of quotedRanges(block.text)) {
        const open = range.from - 1;
        if (groups.some((g) => open >= g.offset && open < g.offset + g.length)) continue;
        const mark = block.text[open]!;
        // Double-quoted words before a citation are remark-verify-prose-quotes' to check.
        if (mark !== '‘' && mark !== "'" && open < lastGroupEnd) continue;
        const words = block.text.slice(range.from, range.to).trim();
        if (!/\p{L}/u.test(words)) continue;
        const nearby = (passages ??= [...citedPassages(index, groups), ...context()]);
        // A heading may change the case of the first letter: "### “Inside knowledge” and zero-days".
        const variants = heading ? [words, words[0]!.toLowerCase() + words.slice(1), words[0]!.toUpperCase() + words.slice(1)] : [words];
        if (nearby.length > 0 && variants.some((v) => quoteIsSupported(v, nearby))) continue;
        const where =
          nearby.length === 0 ? 'nothing: no citation in this block, its section, row or note' : 'any passage cited in this block, its section, row or note';
        errors.push(
          new SourcebookError(
            position(block, range.from, words),
            `The quoted words “${words}” are checked against ${where}, and do not occur there.`,
            `Quote a passage cited nearby (cite it in the same block), or, if the marks enclose a title, a scare quote or a term being defined rather than a source's words, write ${TERM_MARK} right before the opening mark.`,
          ),
        );
      }
    };

    const visit = (node: Parent, context: () => string[]) => {
      const children = node.children as RootContent[];
      children.forEach((child, i) => {
        if (child.type === 'heading') {
          const section = sectionAfter(children, i, child);
          return check(proseBlocks(child)[0]!, () => passagesOf(section.flatMap((n) => proseBlocks(n as Parent))), true);
        }
        if (child.type === 'footnoteDefinition') {
          const def = child as FootnoteDefinition;
          return visit(def, () => passagesOf(referrers.get(def.identifier) ?? []));
        }
        if (child.type === 'tableRow') {
          const row = child as TableRow;
          const rowPassages = () => passagesOf(proseBlocks(row));
          for (const cell of row.children) check(proseBlocks(cell)[0]!, rowPassages);
          return;
        }
        if (child.type === 'paragraph') return check(proseBlocks(child)[0]!, context);
        if ('children' in child) visit(child as Parent, context);
      });
    };
    visit(tree, () => []);
    reportErrors(file, errors);
  };
}

function groupsOf(text: string): CitationGroup[] {
  return parseCitations(text).filter((g): g is CitationGroup => g.ok);
}

function citedPassages(index: CitationIndex, groups: CitationGroup[]): string[] {
  return groups.flatMap((group) =>
    group.citations.flatMap((citation) => {
      const result = resolveCitation(index, citation);
      if (!result.ok) return [];
      const author = result.source.authors.get(result.passage.id);
      return author ? [...result.parts, author] : result.parts;
    }),
  );
}

/** The nodes under a heading, up to the next heading of the same or a higher rank. */
function sectionAfter(siblings: RootContent[], at: number, heading: Heading): RootContent[] {
  const out: RootContent[] = [];
  for (const node of siblings.slice(at + 1)) {
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    out.push(node);
  }
  return out;
}

function walk(node: Parent | RootContent, visit: (node: RootContent) => void) {
  if ('children' in node)
    for (const child of node.children as RootContent[]) {
      visit(child);
      walk(child, visit);
    }
}

const CLOSE: Record<string, RegExp> = { '“': /”/, '"': /"/, '‘': /’(?!\p{L})/u, "'": /'(?!\p{L})/u, '”': /”/ };

/**
 * `[!term]“…”` becomes a node of its own, rendered as a plain span: the marker disappears, and
 * the quotation leaves the text that remark-verify-prose-quotes and the attribution check read.
 */
function markTerms(tree: Root) {
  const parents: Parent[] = [];
  walk(tree, (n) => {
    if ('children' in n && (n.children as RootContent[]).some((c) => c.type === 'text' && c.value.includes(TERM_MARK))) parents.push(n as Parent);
  });
  if ((tree.children as RootContent[]).some((c) => c.type === 'text' && (c as Text).value.includes(TERM_MARK))) parents.push(tree);
  for (const parent of parents) {
    parent.children = (parent.children as RootContent[]).flatMap((child) => (child.type === 'text' ? splitTerms(child) : [child])) as never;
  }
}

function splitTerms(node: Text): RootContent[] {
  const out: RootContent[] = [];
  let rest = node.value;
  for (let at = rest.indexOf(TERM_MARK); at >= 0; at = rest.indexOf(TERM_MARK)) {
    const open = rest[at + TERM_MARK.length] ?? '';
    const close = CLOSE[open]?.exec(rest.slice(at + TERM_MARK.length + 1));
    if (at > 0) out.push({ type: 'text', value: rest.slice(0, at) });
    if (!close) {
      rest = rest.slice(at + TERM_MARK.length);
      continue;
    }
    const end = at + TERM_MARK.length + 1 + close.index + close[0].length;
    out.push({ type: 'sourcebookTerm', value: rest.slice(at + TERM_MARK.length, end), data: { hName: 'span' } } as unknown as RootContent);
    rest = rest.slice(end);
  }
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}
