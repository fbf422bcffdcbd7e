/**
 * How a plain-text line is recognised as a heading. Deliberately conservative: a news text's
 * short paragraphs ("The reason?", "In short:") and reader comments must never become headings,
 * so a heading is a standalone line (a paragraph of its own) of one of these shapes:
 *
 * - numbered: `11.`, `11. Patents.`, `1.4 Scope`, `§ 3`, `Article 5`, `Section 2 Fees` — at most
 *   three digits per part, a title (if any) that starts with a capital letter, is at most 12
 *   words and holds no sentence end except a final full stop, and no final `,` `;` `:` `?` `!`;
 *   a bare number (`12`, a page number) is not a heading;
 * - capitals: `TERMS AND CONDITIONS` — two or more words of letters, every letter a capital, no
 *   final `.` `?` `!` `:` `;` `,`; or centred: a line of the same kind of title set eight or more
 *   columns deeper than the body (`Preamble`); both are "display" headings, one level;
 * - underlined: a short line directly followed by a line of `=`, `-` or `~` at least half as long.
 */

/** What the line says about the heading; `family` groups headings that share a level. */
export interface HeadingShape {
  /** How citations name it (`§11` → "11"), null for an unnumbered heading. */
  number: string | null;
  /** The heading as printed, whitespace folded. */
  title: string;
  /** Headings of one family share a level; dotted numbers go one level deeper per part. */
  family: string;
  /** Parts of the number (`1.4` → 2), 1 for unnumbered headings. */
  parts: number;
}

const MAX_LENGTH = 100;
const CENTRED_INDENT = 8;
const PREFIXED = /^(§|section|article|art\.|chapter|part)\s*(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s+(.*))?$/iu;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s+(.*))?$/u;
const UNDERLINE = /^\s*([=~-])\1{2,}\s*$/u;

/** The heading a standalone line is, by default detection, or null. */
export function headingShape(line: string): HeadingShape | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_LENGTH) return null;
  const prefixed = PREFIXED.exec(text);
  if (prefixed) {
    const [, word = '', number = '', title] = prefixed;
    if (title !== undefined && !isHeadingTitle(title)) return null;
    return { number, title: text, family: prefixFamily(word), parts: number.split('.').length };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const [, number = '', title] = numbered;
    if (title === undefined || !isHeadingTitle(title)) return null;
    // "1.4 Scope" needs no dot; "11 Patents" without one reads as a count ("11 Patents were filed").
    if (!number.includes('.') && !/^\d+\./u.test(text)) return null;
    return { number, title: text, family: 'number', parts: number.split('.').length };
  }
  if (isCapitalsLine(text)) return { number: null, title: text, family: 'display', parts: 1 };
  return null;
}

/** A centred title (`Preamble`, indented `indent` columns past the body): a display heading, the level of a capitals line. */
export function centredHeading(line: string, indent: number): HeadingShape | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (indent < CENTRED_INDENT || text.length > MAX_LENGTH || /\d/u.test(text.slice(0, 1))) return null;
  return isHeadingTitle(text) && !/\.$/u.test(text) ? { number: null, title: text, family: 'display', parts: 1 } : null;
}

/** Whether `next` underlines `line` (setext style), and with which character. */
export function underlineOf(line: string, next: string | undefined): string | null {
  if (next === undefined) return null;
  const match = UNDERLINE.exec(next);
  const text = line.trim();
  if (!match || text === '' || text.length > MAX_LENGTH || UNDERLINE.test(line)) return null;
  if (next.trim().length * 2 < text.length || /[,;:]$/u.test(text)) return null;
  return match[1]!;
}

/** The number a heading recognised by other means (an underline, a `heading` rule, Markdown `#`) starts with, if any. */
export function headingNumber(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const prefixed = PREFIXED.exec(text);
  if (prefixed) return prefixed[2] ?? null;
  return /^(\d{1,3}(?:\.\d{1,3})*)(?:\.|\s|$)/u.exec(text)?.[1] ?? null;
}

function isHeadingTitle(heading: string): boolean {
  // "Article 5 — Payment", "§ 3: Fees": the separator is not part of the title.
  const title = heading.replace(/^[—–:-]\s*/u, '');
  const words = title.split(' ');
  if (words.length > 12) return false;
  if (!/^["'“‘(]?\p{Lu}/u.test(title)) return false;
  if (/[,;:?!]$/u.test(title)) return false;
  // A sentence end inside ("Fees. They are due…") makes it prose; a final full stop is the style of many licences.
  return !/[.?!]["'”’)]?\s/u.test(title);
}

function isCapitalsLine(text: string): boolean {
  if (/[.?!:;,]$/u.test(text)) return false;
  const words = text.split(' ').filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 2) return false;
  return !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
}

function prefixFamily(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'art.' ? 'article' : lower;
}
