import type { CurationRule } from '../../schemas/source-meta';
import type { ArchivedParagraph, ArchivedText, OmittedBlock } from '../../schemas/archived-source';
import { omitTargetProblem, patternProblem } from '../curation-patterns';
import { SourcebookError, type SourcePosition } from '../errors';
import { formatLineRange, lineRangeProblem, parseLineRange } from '../line-range';
import { paragraphId } from '../passage-id';
import { buildSections, type FoundHeading } from '../sections';
import { headingNumber } from './headings';

const PATTERN_HINT = "Patterns are JavaScript regular expressions; in YAML write them in single quotes so backslashes stay as typed ('^\\*+').";

/** One block of a Markdown or HTML source, with the raw lines it comes from. */
export interface SourceBlock {
  kind: 'heading' | ArchivedParagraph['shape'];
  /** Whitespace folded. */
  text: string;
  line: number;
  endLine: number;
  /** Heading level (1–6) or list depth (0 outside lists). */
  depth: number;
  /** Preformatted only: its lines as printed. */
  lines?: string[];
}

export interface StructuredInput {
  blocks: SourceBlock[];
  /** Parts of the file the reader leaves out by itself (a page's navigation and footer), with why. */
  dropped: OmittedBlock[];
  format: 'markdown' | 'html';
  curation: CurationRule[];
  ruleAt: (index: number, field?: string) => SourcePosition;
  lineCount: number;
}

/**
 * Turns the blocks of a Markdown or HTML source into the archive's sections and paragraphs,
 * applying the curation rules that make sense for a structured file: `title` and `dateline`
 * (the block starting at that line), `omit` (the blocks starting in `lines`, or whose text
 * matches `pattern`) and `not-heading`. Headings come from the file's own structure.
 */
export function curateBlocks({ blocks, dropped, format, curation, ruleAt, lineCount }: StructuredInput): ArchivedText {
  const fail = (index: number, reason: string, hint?: string, field?: string): never => {
    throw new SourcebookError(ruleAt(index, field), reason, hint);
  };
  const taken = new Map<SourceBlock, string>();
  const omitted: OmittedBlock[] = [...dropped];
  let headline: string | null = null;
  let dateline: string | null = null;
  const demoted = new Set<SourceBlock>();

  const blocksAt = (index: number, spec: number | string): SourceBlock[] => {
    const range = parseLineRange(spec);
    if (!range)
      return fail(index, `Rule ${index + 1}: \`lines: ${spec}\` ${lineRangeProblem(spec)}.`, 'Write a line number (7) or an inclusive range ("21-27").');
    if (range.to > lineCount)
      fail(
        index,
        `Rule ${index + 1}: ${formatLineRange(range)} is past the end of the file (${lineCount} lines).`,
        'Line numbers count from 1 in the raw file.',
      );
    const found = blocks.filter((b) => b.line >= range.from && b.line <= range.to);
    if (found.length === 0)
      fail(
        index,
        `Rule ${index + 1}: no block of the ${format === 'html' ? 'page' : 'file'} starts in ${formatLineRange(range)}, so the rule matches nothing.`,
        `In ${format === 'html' ? 'an HTML' : 'a Markdown'} source a rule names the line where a heading, paragraph or list item starts.`,
      );
    return found;
  };
  const take = (index: number, found: SourceBlock[], role: string) => {
    for (const b of found) {
      const earlier = taken.get(b);
      if (earlier)
        fail(index, `Rule ${index + 1}: the block at line ${b.line} is already handled by ${earlier}.`, 'Each block may be claimed by one rule only.');
      taken.set(b, `rule ${index + 1} (${role})`);
    }
  };

  curation.forEach((rule, index) => {
    switch (rule.rule) {
      case 'title':
      case 'dateline': {
        const found = blocksAt(index, rule.lines);
        take(index, found, rule.rule);
        const text = found.map((b) => b.text).join(' ');
        if (rule.rule === 'title') headline = text;
        else dateline = text;
        break;
      }
      case 'omit': {
        const target = omitTargetProblem(rule, index);
        if (target) fail(index, ...target);
        let found: SourceBlock[];
        if (rule.pattern !== undefined) {
          const problem = patternProblem(rule.pattern);
          if (problem) fail(index, `Rule ${index + 1}: the pattern \`${rule.pattern}\` ${problem}.`, PATTERN_HINT, 'pattern');
          const regex = new RegExp(rule.pattern, 'u');
          found = blocks.filter((b) => !taken.has(b) && regex.test(b.text));
          if (found.length === 0)
            fail(
              index,
              `Rule ${index + 1}: the pattern matches no block of the text, so the rule omits nothing.`,
              'Check the pattern against the archive page’s paragraphs, or delete the rule.',
              'pattern',
            );
        } else found = blocksAt(index, rule.lines!);
        take(index, found, 'omit');
        for (const b of found) omitted.push({ from: b.line, to: b.endLine, text: b.text, why: rule.why });
        break;
      }
      case 'not-heading': {
        const found = blocksAt(index, rule.lines).filter((b) => b.kind === 'heading');
        if (found.length === 0)
          fail(
            index,
            `Rule ${index + 1}: no heading starts at ${rule.lines}, so the rule changes nothing.`,
            'Name the line where the heading (<h2>, ## …) starts, or delete the rule.',
          );
        for (const b of found) demoted.add(b);
        break;
      }
      default:
        fail(
          index,
          `Rule ${index + 1}: \`${rule.rule}\` applies to plain-text sources only; this source is ${format === 'html' ? 'HTML' : 'Markdown'}.`,
          'Headings, lists and preformatted blocks come from the file’s own markup; use `title`, `dateline`, `omit` or `not-heading`.',
        );
    }
  });

  const kept = blocks.filter((b) => !taken.has(b));
  const headingBlocks = kept.filter((b) => b.kind === 'heading' && !demoted.has(b));
  const top = Math.min(...headingBlocks.map((b) => b.depth));
  const found: FoundHeading[] = headingBlocks.map((b) => ({
    number: headingNumber(b.text),
    title: b.text,
    line: b.line,
    family: 'markup',
    parts: 1,
    depth: b.depth - top + 1,
  }));
  const sections = buildSections(found);
  const sectionOf = new Map(headingBlocks.map((b, i) => [b, sections[i]!.id]));

  const paragraphs: ArchivedParagraph[] = [];
  let section: string | null = null;
  for (const b of kept) {
    const heading = sectionOf.get(b);
    if (heading) {
      section = heading;
      continue;
    }
    if (b.text === '') continue;
    const shape = b.kind === 'heading' ? 'prose' : b.kind;
    paragraphs.push({
      id: paragraphId(paragraphs.length + 1),
      text: b.text,
      line: b.line,
      endLine: b.endLine,
      section,
      shape,
      depth: b.kind === 'heading' ? 0 : b.depth,
      ...(b.lines ? { lines: b.lines } : {}),
    });
  }
  return { headline, dateline, sections, paragraphs, comments: [], omitted: omitted.sort((a, b) => a.from - b.from), stripped: [] };
}
