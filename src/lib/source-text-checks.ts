import { SourcebookError } from './errors';
import { positionAt } from './text-position';

const CHECKS: Array<{ pattern: RegExp; reason: (found: string) => string; hint: string }> = [
  {
    // Unicode noncharacters: the HTML checker reports them as "Forbidden code point".
    pattern: new RegExp(
      `[\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('')}]`,
      'u',
    ),
    reason: (c) => `The text contains the Unicode noncharacter ${codePoint(c)}, which HTML forbids.`,
    hint: 'It is never part of a real text (usually a conversion error): remove it from the copy you import, before archiving it.',
  },
  {
    // Embeddings, overrides and isolates reorder what the reader sees ("Trojan Source"); marks (U+200E/F) are fine.
    pattern: /[\u202A-\u202E\u2066-\u2069]/u,
    reason: (c) => `The text contains the invisible bidirectional control ${codePoint(c)}, which changes the order in which the following text is shown.`,
    hint: 'Remove it from the copy you import; if the source really mixes writing directions, the browser orders the text without it.',
  },
  {
    pattern: /\r(?!\n)/u,
    reason: () => 'The text has a lone carriage return (CR) as a line ending, so its lines and paragraphs would run together.',
    hint: 'Convert the file to LF (or CRLF) line endings before archiving it, e.g. `tr "\\r" "\\n"`.',
  },
];

/**
 * Rejects a raw source text the site cannot show faithfully: empty or blank, Unicode
 * noncharacters, bidirectional overrides, lone-CR line endings. Each error points at the first
 * offending character. (Control characters are handled by control-chars.ts.)
 */
export function checkSourceText(text: string, file: string): void {
  if (text.trim() === '') {
    throw new SourcebookError(
      { file, line: 1, column: 1 },
      'The source text is empty (or only whitespace).',
      'Archive the full text of the source, or remove the file and its metadata.',
    );
  }
  for (const { pattern, reason, hint } of CHECKS) {
    const match = pattern.exec(text);
    if (match) throw new SourcebookError({ file, ...positionAt(text, match.index) }, reason(match[0]), hint);
  }
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
