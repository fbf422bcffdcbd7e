import type { ArchivedParagraph } from '../../schemas/archived-source';
import { formatLineRange, type LineRange } from '../line-range';
import type { FoundHeading } from '../sections';
import { foldWhitespace } from '../text';
import { centredHeading, headingNumber, headingShape, underlineOf } from './headings';

/** A line a `heading` rule names. */
export interface MarkedHeading {
  rule: number;
  range: LineRange;
  depth: number | undefined;
}

/** Consecutive kept lines of a plain text (a paragraph, a heading, a list item…), by raw line number. */
export interface LineGroup {
  lines: number[];
  marked?: MarkedHeading;
}

interface GroupInput {
  /** The raw lines with captions and `strip` rules applied. */
  lines: string[];
  format: 'blank-lines' | 'lines';
  /** Lines curation rules took; an omitted or duplicate line (without `split`) lets the paragraph run on. */
  claims: Map<number, { role: string; split?: boolean }>;
  inComments: (line: number) => boolean;
  marked: Map<number, MarkedHeading>;
}

/** Splits a plain text into groups of lines: blank lines (or every line break, in "lines" format) end a group. */
export function groupLines({ lines, format, claims, inComments, marked }: GroupInput): LineGroup[] {
  const groups: LineGroup[] = [];
  let open: LineGroup | undefined;
  const close = () => {
    if (open) groups.push(open);
    open = undefined;
  };
  for (let n = 1; n <= lines.length; n++) {
    const claim = claims.get(n);
    if (claim && (claim.role === 'omit' || claim.role === 'duplicate') && !claim.split && !inComments(n)) continue;
    if (claim || inComments(n) || lines[n - 1]!.trim() === '') {
      close();
      continue;
    }
    const mark = marked.get(n);
    if (mark) {
      close();
      if (n === mark.range.from) groups.push({ lines: [n], marked: mark });
      else groups[groups.length - 1]!.lines.push(n);
      continue;
    }
    if (format === 'lines') close();
    open ??= { lines: [] };
    open.lines.push(n);
  }
  close();
  return groups;
}

export interface ShapedParagraph {
  text: string;
  line: number;
  endLine: number;
  /** Index of the heading above it in `headings`, null before the first. */
  heading: number | null;
  shape: ArchivedParagraph['shape'];
  depth: number;
  lines?: string[];
}

interface ShapeContext {
  shown: string[];
  detect: boolean;
  notHeadings: Map<number, { rule: number; used: boolean }>;
  preformatted: Array<{ rule: number; range: LineRange }>;
  fail: (rule: number, reason: string, hint?: string) => never;
}

// (a) (iv) (12)  a. iv. 12.  a) 12)  - * • –
const LIST_MARKER = /^\s*(\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|(?:[a-z]|[ivxlc]{2,6}|\d{1,3})[.)]|[-*•–])\s+\S/u;
const PREFORMATTED_INDENT = 4;

interface OpenList {
  indent: number;
  kind: string;
  /** Where the item's text lines up: its second line, or just after the marker. */
  textIndent: number;
}

/**
 * Decides what each group is: a heading, a list item (with its nesting), a preformatted block, or
 * prose. Lists nest by indentation and marker kind (`(a)` inside `1.`); a block indented at least
 * four columns deeper than the text's usual indentation, outside a list, is preformatted.
 */
export function shapeBlocks(groups: LineGroup[], { shown, detect, notHeadings, preformatted, fail }: ShapeContext) {
  const headings: Array<FoundHeading & { underline?: string }> = [];
  const paragraphs: ShapedParagraph[] = [];
  // The body's indentation: first lines are often indented, so lines that continue a paragraph count too; the lesser wins.
  const all = groups.flatMap((g) => g.lines.map((n) => shown[n - 1]!));
  const continuing = groups.flatMap((g) => g.lines.slice(1).map((n) => shown[n - 1]!));
  const base = Math.min(usualIndent(all), continuing.length ? usualIndent(continuing) : Infinity);
  let list: OpenList[] = [];
  const line = (n: number) => shown[n - 1]!;
  const current = () => (headings.length ? headings.length - 1 : null);

  const queue = [...groups];
  while (queue.length) {
    const group = queue.shift()!;
    const [first, second] = group.lines as [number, number | undefined];
    if (group.marked) {
      headings.push(markedHeading(line(first), first, group.marked));
      list = [];
      continue;
    }
    const ruled = preformatted.find((r) => group.lines.some((n) => n >= r.range.from && n <= r.range.to));
    if (ruled && !group.lines.every((n) => n >= ruled.range.from && n <= ruled.range.to)) {
      const whole = { from: first, to: group.lines[group.lines.length - 1]! };
      fail(
        ruled.rule,
        `Rule ${ruled.rule + 1}: ${formatLineRange(ruled.range)} ${ruled.range.from === ruled.range.to ? 'cuts' : 'cut'} the paragraph at ${formatLineRange(whole)}.`,
        `A preformatted rule covers whole paragraphs: extend it to ${formatLineRange(whole)}.`,
      );
    }
    if (detect && !ruled) {
      const underline = second === undefined ? null : underlineOf(line(first), line(second));
      const shape = group.lines.length === 1 ? (headingShape(line(first)) ?? centredHeading(line(first), indentOf(line(first)) - base)) : null;
      const heading = underline ? underlinedHeading(line(first), underline) : shape;
      const unmarked = heading ? notHeadings.get(first) : undefined;
      if (unmarked) unmarked.used = true;
      else if (heading) {
        headings.push({ ...heading, line: first });
        list = [];
        if (underline && group.lines.length > 2) queue.unshift({ lines: group.lines.slice(2) });
        continue;
      }
    }

    const text = foldWhitespace(group.lines.map(line).join('\n'));
    const at = { text, line: first, endLine: group.lines[group.lines.length - 1]!, heading: current() };
    const indent = indentOf(line(first));
    const marker = LIST_MARKER.exec(line(first));
    if (marker && !ruled) {
      const kind = markerKind(marker[1]!, indent, list);
      const same = list.findIndex((l) => l.kind === kind && l.indent === indent);
      if (same >= 0) list = list.slice(0, same);
      else list = list.filter((l) => l.indent < indent || (l.indent === indent && l.kind !== kind));
      const textIndent = second === undefined ? indent + marker[1]!.length + 1 : indentOf(line(second));
      list.push({ indent, kind, textIndent });
      paragraphs.push({ ...at, shape: 'list-item', depth: list.length });
      continue;
    }
    const continues = list.length > 0 && indent >= list[list.length - 1]!.textIndent;
    if (!continues) list = [];
    const deep = group.lines.every((n) => line(n).trim() === '' || indentOf(line(n)) >= base + PREFORMATTED_INDENT);
    if (ruled || (deep && !continues)) {
      paragraphs.push({ ...at, shape: 'preformatted', depth: list.length, lines: verbatim(group.lines.map(line)) });
      continue;
    }
    paragraphs.push({ ...at, shape: 'prose', depth: list.length });
  }
  return { headings: withUnderlineLevels(headings), paragraphs };
}

/** An underlined heading: numbered ones keep their number's family; others are grouped by the underline's character. */
function underlinedHeading(text: string, underline: string): Omit<FoundHeading, 'line'> & { underline: string } {
  const shape = headingShape(text);
  const title = foldWhitespace(text);
  if (shape?.number) return { ...shape, underline };
  return { number: headingNumber(title), title, family: `underline${underline}`, parts: 1, underline };
}

/**
 * An unnumbered heading underlined like the numbered ones ("Exhibit A" under "1. Definitions",
 * both with `---`) stands at their level: its family becomes theirs.
 */
function withUnderlineLevels(headings: Array<FoundHeading & { underline?: string }>): FoundHeading[] {
  const levels = new Map<string, FoundHeading>();
  for (const h of headings) if (h.underline && h.number !== null && !levels.has(h.underline)) levels.set(h.underline, h);
  return headings.map(({ underline, ...h }) => {
    const like = underline && h.number === null ? levels.get(underline) : undefined;
    return like ? { ...h, family: like.family, parts: like.parts } : h;
  });
}

function markedHeading(text: string, line: number, mark: MarkedHeading): FoundHeading {
  const shape = headingShape(text);
  const title = foldWhitespace(text);
  return {
    number: shape?.number ?? headingNumber(title),
    title,
    line,
    family: shape?.family ?? 'marked',
    parts: shape?.parts ?? 1,
    ...(mark.depth !== undefined ? { depth: mark.depth } : {}),
  };
}

/** `(#)`, `#.`, `#)` with # the numbering (`digit`, `letter`, `roman`), or the bullet itself. */
function markerKind(marker: string, indent: number, open: OpenList[]): string {
  const core = /[a-z\d]+/u.exec(marker)?.[0];
  if (!core) return `bullet${marker}`;
  const wrapper = marker.replace(core, '#');
  const openHere = (kind: string) => open.some((l) => l.indent === indent && l.kind === `${wrapper}${kind}`);
  let kind: string;
  if (/^\d+$/u.test(core)) kind = 'digit';
  else if (!/^[ivxlc]+$/u.test(core)) kind = 'letter';
  else if (core.length > 1) kind = 'roman';
  // A lone i is a roman one unless a lettered list (…, (h)) is open here; v, x, l, c the other way round.
  else if (core === 'i') kind = openHere('letter') ? 'letter' : 'roman';
  else kind = openHere('roman') ? 'roman' : 'letter';
  return `${wrapper}${kind}`;
}

function indentOf(line: string): number {
  return /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;
}

/** The most common indentation of the text's lines: its body, against which deeper blocks stand out. */
function usualIndent(lines: string[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.trim() !== '') counts.set(indentOf(l), (counts.get(indentOf(l)) ?? 0) + 1);
  let best = 0;
  let most = -1;
  for (const [indent, count] of counts) if (count > most || (count === most && indent < best)) [best, most] = [indent, count];
  return best;
}

/** Preformatted lines as printed: the block's common indentation and trailing spaces removed. */
function verbatim(lines: string[]): string[] {
  const common = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.replace(/\t/gu, '    ').slice(common).trimEnd());
}
