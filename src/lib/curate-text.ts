import type { CurationRule } from '../schemas/source-meta';
import type { ArchivedComment, ArchivedParagraph, ArchivedText, OmittedBlock } from '../schemas/archived-source';
import { collectErrors, SourcebookError, throwErrors, type SourcePosition } from './errors';
import { formatLineRange, lineRangeProblem, parseLineRange, type LineRange } from './line-range';
import { commentId, paragraphId } from './passage-id';
import { foldWhitespace } from './text';

export interface CurateInput {
  raw: string;
  /** Path of the raw text, for errors that point into it. */
  rawFile: string;
  format: 'blank-lines' | 'lines';
  curation: CurationRule[];
  /** Where rule `index` is written, so errors point into the metadata file. */
  ruleAt: (index: number) => SourcePosition;
}

type Role = 'title' | 'dateline' | 'omit' | 'duplicate';

interface Claim {
  role: Role;
  rule: number;
}

const NUMBERED_COMMENT = /^\s*(\d+)\.\s+(\S.*)$/;

/**
 * Applies a source's curation rules to its raw text. Every non-blank line ends up in exactly one
 * place — the title, the dateline, a paragraph, a comment, or the list of omitted blocks with the
 * reason — so the archive can account for every byte of the raw file.
 */
export function curateText({ raw, rawFile, format, curation, ruleAt }: CurateInput): ArchivedText {
  const lines = raw.split(/\r?\n/);
  const claims = new Map<number, Claim>();
  const captions = new Map<number, string>();
  const omitted: OmittedBlock[] = [];
  const duplicatesInComments: Array<{ range: LineRange; of: LineRange }> = [];
  let commentRegion: { range: LineRange; style: 'line' | 'numbered' } | undefined;
  let headline: string | null = null;
  let dateline: string | null = null;

  const textOf = (range: LineRange) => foldWhitespace(lines.slice(range.from - 1, range.to).join('\n'));
  const fail = (index: number, reason: string, hint?: string): never => {
    throw new SourcebookError(ruleAt(index), reason, hint);
  };
  const rangeOf = (index: number, spec: number | string, field = 'lines'): LineRange => {
    const range = parseLineRange(spec);
    if (!range)
      return fail(index, `Rule ${index + 1}: \`${field}: ${spec}\` ${lineRangeProblem(spec)}.`, 'Write a line number (7) or an inclusive range ("21-27").');
    if (range.to > lines.length) {
      fail(
        index,
        `Rule ${index + 1}: ${formatLineRange(range)} is past the end of the text (${lines.length} lines).`,
        'Line numbers count from 1 in the raw .txt file.',
      );
    }
    if (textOf(range) === '')
      fail(
        index,
        `Rule ${index + 1}: ${formatLineRange(range)} holds only blank lines, so the rule matches nothing.`,
        'Point the rule at the lines it is meant to handle, or delete it.',
      );
    return range;
  };
  const claim = (index: number, range: LineRange, role: Role) => {
    for (let n = range.from; n <= range.to; n++) {
      const earlier = claims.get(n);
      if (earlier)
        fail(
          index,
          `Rule ${index + 1}: line ${n} is already handled by rule ${earlier.rule + 1} (${earlier.role}).`,
          'Each line may be claimed by one rule only.',
        );
      claims.set(n, { role, rule: index });
    }
  };

  const applyRule = (rule: CurationRule, index: number) => {
    const range = rangeOf(index, rule.lines);
    switch (rule.rule) {
      case 'title':
        claim(index, range, 'title');
        headline = textOf(range);
        break;
      case 'dateline':
        claim(index, range, 'dateline');
        dateline = textOf(range);
        break;
      case 'omit':
        claim(index, range, 'omit');
        omitted.push({ ...range, text: textOf(range), why: rule.why });
        break;
      case 'duplicate': {
        const of = rangeOf(index, rule.of, 'of');
        if (textOf(range) !== textOf(of)) {
          fail(
            index,
            `Rule ${index + 1}: ${formatLineRange(range)} does not repeat ${formatLineRange(of)}.`,
            `They differ; the first says "${textOf(range).slice(0, 60)}…", the second "${textOf(of).slice(0, 60)}…".`,
          );
        }
        claim(index, range, 'duplicate');
        duplicatesInComments.push({ range, of });
        omitted.push({ ...range, text: textOf(range), why: `${rule.why} (repeats ${formatLineRange(of)})` });
        break;
      }
      case 'caption': {
        if (range.from !== range.to) fail(index, `Rule ${index + 1}: a caption rule takes one line.`);
        const line = lines[range.from - 1] ?? '';
        if (!line.trimStart().startsWith(rule.text)) {
          fail(index, `Rule ${index + 1}: line ${range.from} does not start with the caption "${rule.text}".`, `It starts "${line.trim().slice(0, 40)}".`);
        }
        captions.set(range.from, rule.text);
        omitted.push({ ...range, text: rule.text, why: rule.why });
        break;
      }
      case 'comments':
        if (commentRegion) fail(index, `Rule ${index + 1}: only one comments rule is allowed per source.`);
        commentRegion = { range, style: rule.style };
        break;
    }
  };
  // Every rule is checked, so one build names each wrong rule of the source.
  const ruleErrors: SourcebookError[] = [];
  curation.forEach(collectErrors(ruleErrors, applyRule));
  throwErrors(ruleErrors);

  const inComments = (n: number) => commentRegion !== undefined && n >= commentRegion.range.from && n <= commentRegion.range.to;
  const lineText = (n: number) => {
    const line = lines[n - 1] ?? '';
    const caption = captions.get(n);
    return caption ? line.trimStart().slice(caption.length) : line;
  };

  // Article paragraphs: unclaimed lines outside the comments, grouped by the source's format.
  const paragraphs: ArchivedParagraph[] = [];
  let open: { from: number; to: number; parts: string[] } | undefined;
  const close = () => {
    if (open)
      paragraphs.push({
        id: paragraphId(paragraphs.length + 1),
        text: foldWhitespace(open.parts.join('\n')),
        line: open.from,
        endLine: open.to,
        section: null,
      });
    open = undefined;
  };
  for (let n = 1; n <= lines.length; n++) {
    const text = lineText(n);
    if (claims.has(n) || inComments(n) || text.trim() === '') {
      close();
      continue;
    }
    if (format === 'lines' || !open || open.to !== n - 1) close();
    open ??= { from: n, to: n, parts: [] };
    open.to = n;
    open.parts.push(text);
  }
  close();

  const comments = commentRegion ? readComments(lines, rawFile, commentRegion, claims, duplicatesInComments) : [];
  return { headline, dateline, sections: [], paragraphs, comments, omitted: omitted.sort((a, b) => a.from - b.from) };
}

function readComments(
  lines: string[],
  rawFile: string,
  region: { range: LineRange; style: 'line' | 'numbered' },
  claims: Map<number, Claim>,
  duplicates: Array<{ range: LineRange; of: LineRange }>,
): ArchivedComment[] {
  const comments: Array<ArchivedComment & { lastLine: number }> = [];
  let current: (ArchivedComment & { lastLine: number }) | undefined;
  for (let n = region.range.from; n <= region.range.to; n++) {
    if (claims.has(n)) continue;
    const line = lines[n - 1] ?? '';
    if (line.trim() === '') continue;
    const numbered = region.style === 'numbered' ? NUMBERED_COMMENT.exec(line) : null;
    if (region.style === 'line' || numbered) {
      current = {
        id: commentId(comments.length + 1),
        author: numbered ? foldWhitespace(numbered[2] ?? '') : null,
        paragraphs: numbered ? [] : [foldWhitespace(line)],
        line: n,
        endLine: n,
        repeatedAt: [],
        lastLine: n,
      };
      comments.push(current);
      continue;
    }
    if (!current) {
      throw new SourcebookError(
        { file: rawFile, line: n },
        `Line ${n} is inside the comments but before the first "N. author" line.`,
        'Start the comments rule at the first numbered comment, or omit this line.',
      );
    }
    const continues = current.lastLine === n - 1 && current.paragraphs.length > 0;
    if (continues) current.paragraphs[current.paragraphs.length - 1] += ` ${foldWhitespace(line)}`;
    else current.paragraphs.push(foldWhitespace(line));
    current.endLine = n;
    current.lastLine = n;
  }
  for (const { range, of } of duplicates) {
    const original = comments.find((c) => of.from >= c.line && of.from <= c.endLine);
    if (original && range.from >= region.range.from && range.to <= region.range.to) original.repeatedAt.push(range.from);
  }
  return comments.map(({ lastLine: _lastLine, ...comment }) => comment);
}
