import type { CurationRule } from '../schemas/source-meta';
import type { ArchivedComment, ArchivedParagraph, ArchivedText, OmittedBlock, StrippedText } from '../schemas/archived-source';
import { omitTargetProblem, patternProblem } from './curation-patterns';
import { collectErrors, SourcebookError, throwErrors, type SourcePosition } from './errors';
import { formatLineRange, lineRangeProblem, parseLineRange, type LineRange } from './line-range';
import { commentId, paragraphId } from './passage-id';
import { buildSections } from './sections';
import { groupLines, shapeBlocks } from './source-formats/plain-text-blocks';
import { underlineOf } from './source-formats/headings';
import { foldWhitespace } from './text';

export interface CurateInput {
  raw: string;
  /** Path of the raw text, for errors that point into it. */
  rawFile: string;
  format: 'blank-lines' | 'lines';
  /** "detect" (default): numbered and capitals headings are recognised; "marked": only `heading` rules make headings. */
  headings?: 'detect' | 'marked';
  curation: CurationRule[];
  /** Where rule `index` (or one of its fields) is written, so errors point into the metadata file. */
  ruleAt: (index: number, field?: string) => SourcePosition;
}

type Role = 'title' | 'dateline' | 'omit' | 'duplicate';

interface Claim {
  role: Role;
  rule: number;
  /** An omitted line ends the paragraph it sits in (`split: true`). */
  split?: boolean;
}

const NUMBERED_COMMENT = /^\s*(\d+)\.\s+(\S.*)$/;

/**
 * Applies a source's curation rules to its raw text. Every non-blank line ends up in exactly one
 * place — the title, the dateline, a section heading, a paragraph, a comment, or the list of
 * omitted blocks with the reason — so the archive can account for every byte of the raw file.
 *
 * Paragraphs are blocks of lines between blank lines ("blank-lines") or single lines ("lines").
 * Lines an `omit` or `duplicate` rule takes out are skipped, not counted as blank: a paragraph runs
 * on across them, so omitting a line never renumbers the paragraphs after it. A line a `strip`
 * rule leaves empty (a box's empty row) counts as blank.
 */
export function curateText({ raw, rawFile, format, headings = 'detect', curation, ruleAt }: CurateInput): ArchivedText {
  const lines = raw.split(/\r?\n/);
  // A final line break ends the last line; it does not start another.
  const lineTotal = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  const shown = [...lines];
  const claims = new Map<number, Claim>();
  const captions = new Map<number, string>();
  const omitted: OmittedBlock[] = [];
  const stripped: StrippedText[] = [];
  const duplicatesInComments: Array<{ range: LineRange; of: LineRange }> = [];
  const marked = new Map<number, { rule: number; range: LineRange; depth: number | undefined }>();
  const notHeadings = new Map<number, { rule: number; used: boolean }>();
  const preformatted: Array<{ rule: number; range: LineRange }> = [];
  let commentRegion: { range: LineRange; style: 'line' | 'numbered' } | undefined;
  let titleRange: LineRange | undefined;
  let datelineRange: LineRange | undefined;

  const textOf = (range: LineRange) => foldWhitespace(lines.slice(range.from - 1, range.to).join('\n'));
  const shownOf = (range: LineRange) => foldWhitespace(shown.slice(range.from - 1, range.to).join('\n'));
  const fail = (index: number, reason: string, hint?: string, field?: string): never => {
    throw new SourcebookError(ruleAt(index, field), reason, hint);
  };
  const rangeOf = (index: number, spec: number | string, field = 'lines'): LineRange => {
    const range = parseLineRange(spec);
    if (!range)
      return fail(index, `Rule ${index + 1}: \`${field}: ${spec}\` ${lineRangeProblem(spec)}.`, 'Write a line number (7) or an inclusive range ("21-27").');
    if (range.to > lineTotal) {
      fail(
        index,
        `Rule ${index + 1}: ${formatLineRange(range)} is past the end of the text (${lineTotal} line${lineTotal === 1 ? '' : 's'}).`,
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
  const claim = (index: number, range: LineRange, role: Role, split?: boolean) => {
    for (let n = range.from; n <= range.to; n++) {
      const earlier = claims.get(n);
      if (earlier)
        fail(
          index,
          `Rule ${index + 1}: line ${n} is already handled by rule ${earlier.rule + 1} (${earlier.role}).`,
          'Each line may be claimed by one rule only.',
        );
      claims.set(n, { role, rule: index, ...(split ? { split } : {}) });
    }
  };
  const compile = (index: number, source: string, flags: string): RegExp => {
    const problem = patternProblem(source);
    if (problem)
      fail(
        index,
        `Rule ${index + 1}: the pattern \`${source}\` ${problem}.`,
        problem.startsWith('repeats')
          ? 'Repeat the inner part only, e.g. `^-+$` rather than `^(-+)+$`.'
          : "Patterns are JavaScript regular expressions matched against one line at a time; in YAML write them in single quotes so backslashes stay as typed ('^\\*+').",
        'pattern',
      );
    return new RegExp(source, flags);
  };
  const patternRules: Array<() => void> = [];

  const applyRule = (rule: CurationRule, index: number) => {
    switch (rule.rule) {
      case 'title':
        claim(index, (titleRange = rangeOf(index, rule.lines)), 'title');
        break;
      case 'dateline':
        claim(index, (datelineRange = rangeOf(index, rule.lines)), 'dateline');
        break;
      case 'omit': {
        const target = omitTargetProblem(rule, index);
        if (target) fail(index, ...target);
        if (rule.lines !== undefined) {
          const range = rangeOf(index, rule.lines);
          claim(index, range, 'omit', rule.split);
          omitted.push({ ...range, text: textOf(range), why: rule.why });
        } else {
          const regex = compile(index, rule.pattern!, 'u');
          patternRules.push(() => omitMatching(index, regex, rule.why, rule.split));
        }
        break;
      }
      case 'strip': {
        const range = rule.lines === undefined ? undefined : rangeOf(index, rule.lines);
        const regex = compile(index, rule.pattern, 'gu');
        patternRules.push(() => strip(index, regex, rule.pattern, rule.why, range));
        break;
      }
      case 'duplicate': {
        const range = rangeOf(index, rule.lines);
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
        const range = rangeOf(index, rule.lines);
        if (range.from !== range.to) fail(index, `Rule ${index + 1}: a caption rule takes one line.`);
        const line = lines[range.from - 1] ?? '';
        if (!line.trimStart().startsWith(rule.text)) {
          fail(index, `Rule ${index + 1}: line ${range.from} does not start with the caption "${rule.text}".`, `It starts "${line.trim().slice(0, 40)}".`);
        }
        captions.set(range.from, rule.text);
        shown[range.from - 1] = line.trimStart().slice(rule.text.length);
        omitted.push({ ...range, text: rule.text, why: rule.why });
        break;
      }
      case 'comments': {
        const range = rangeOf(index, rule.lines);
        if (commentRegion) fail(index, `Rule ${index + 1}: only one comments rule is allowed per source.`);
        commentRegion = { range, style: rule.style };
        break;
      }
      case 'heading': {
        const range = rangeOf(index, rule.lines);
        const underlined = range.to === range.from + 1 && underlineOf(lines[range.from - 1]!, lines[range.to - 1]) !== null;
        if (range.to !== range.from && !underlined)
          fail(index, `Rule ${index + 1}: a heading rule takes one line (or two: a heading and its underline).`, 'Name the heading line, e.g. `lines: 12`.');
        for (let n = range.from; n <= range.to; n++) marked.set(n, { rule: index, range, depth: rule.depth });
        break;
      }
      case 'not-heading': {
        const range = rangeOf(index, rule.lines);
        if (range.from !== range.to) fail(index, `Rule ${index + 1}: a not-heading rule takes one line.`, 'Name the line that was taken for a heading.');
        notHeadings.set(range.from, { rule: index, used: false });
        break;
      }
      case 'preformatted':
        preformatted.push({ rule: index, range: rangeOf(index, rule.lines) });
        break;
    }
  };
  // Every rule is checked, so one build names each wrong rule of the source.
  const ruleErrors: SourcebookError[] = [];
  curation.forEach(collectErrors(ruleErrors, applyRule));
  throwErrors(ruleErrors);

  function omitMatching(index: number, regex: RegExp, why: string, split?: boolean) {
    let block: OmittedBlock | undefined;
    for (let n = 1; n <= lines.length; n++) {
      const line = lines[n - 1]!;
      const hit = !claims.has(n) && line.trim() !== '' && regex.test(line);
      if (!hit) {
        // A run of matching lines is one block; blank lines between matches do not end it.
        if (line.trim() !== '') block = undefined;
        continue;
      }
      claims.set(n, { role: 'omit', rule: index, ...(split ? { split } : {}) });
      if (block) {
        block.to = n;
        block.text = textOf(block);
      } else omitted.push((block = { from: n, to: n, text: textOf({ from: n, to: n }), why }));
    }
    if (!omitted.some((o) => o.why === why && claims.get(o.from)?.rule === index))
      fail(
        index,
        `Rule ${index + 1}: the pattern matches no line of the text, so the rule omits nothing.`,
        'Check the pattern against the raw lines, or delete the rule.',
        'pattern',
      );
  }

  function strip(index: number, regex: RegExp, pattern: string, why: string, range: LineRange | undefined) {
    const record: StrippedText = { pattern, why, from: 0, to: 0, count: 0, example: '' };
    for (let n = range?.from ?? 1; n <= (range?.to ?? lines.length); n++) {
      if (claims.has(n)) continue;
      const before = shown[n - 1]!;
      const after = before.replace(regex, '');
      if (after === before) continue;
      shown[n - 1] = after;
      record.from ||= n;
      record.to = n;
      record.count++;
      record.example ||= before.match(regex)?.find((m) => m.trim() !== '') ?? '';
    }
    if (record.count === 0)
      fail(
        index,
        `Rule ${index + 1}: the pattern removes nothing from ${range ? formatLineRange(range) : 'any line'}, so the rule strips nothing.`,
        'Check the pattern against the raw lines, or delete the rule.',
        'pattern',
      );
    stripped.push(record);
  }

  for (const run of patternRules) run();

  const inComments = (n: number) => commentRegion !== undefined && n >= commentRegion.range.from && n <= commentRegion.range.to;
  const blocks = groupLines({ lines: shown, format, claims, inComments, marked });
  const shaped = shapeBlocks(blocks, { shown, detect: headings === 'detect', notHeadings, preformatted, fail });

  for (const [line, { rule, used }] of notHeadings)
    if (!used)
      fail(
        rule,
        `Rule ${rule + 1}: line ${line} is not taken for a heading, so the rule changes nothing.`,
        'Only a line recognised as a heading (a section on the archive page) needs `not-heading`.',
      );

  const sections = buildSections(shaped.headings);
  const paragraphs: ArchivedParagraph[] = shaped.paragraphs.map((p, i) => ({
    id: paragraphId(i + 1),
    text: p.text,
    line: p.line,
    endLine: p.endLine,
    section: p.heading === null ? null : sections[p.heading]!.id,
    shape: p.shape,
    depth: p.depth,
    ...(p.lines ? { lines: p.lines } : {}),
  }));

  const comments = commentRegion ? readComments(shown, rawFile, commentRegion, claims, duplicatesInComments) : [];
  return {
    headline: titleRange ? shownOf(titleRange) : null,
    dateline: datelineRange ? shownOf(datelineRange) : null,
    sections,
    paragraphs,
    comments,
    omitted: omitted.sort((a, b) => a.from - b.from),
    stripped,
  };
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
