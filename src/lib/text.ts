// Text normalisation shared by the archive and the quote checker. The archive only folds
// whitespace; the quote matcher additionally treats typographic variants of quotes, apostrophes
// and dashes as equal, because authors type straight quotes and sources print curly ones.

/** Runs of whitespace as one space, none at the ends: how the archive stores a paragraph. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TYPOGRAPHIC: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/** The form quotes are compared in: NFC, one style of quote marks, apostrophes and dashes, folded whitespace. */
export function normaliseForMatch(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of TYPOGRAPHIC) out = out.replace(pattern, replacement);
  return foldWhitespace(out);
}

/** Whether `quote` occurs in `passage`, ignoring only whitespace and typographic variants. */
export function containsQuote(passage: string, quote: string): boolean {
  const needle = normaliseForMatch(quote);
  return needle.length > 0 && normaliseForMatch(passage).includes(needle);
}

/**
 * Where the last match of `pattern` (a global regex) in `text` ends, or 0. The same as
 * `/.*pattern/s` matched from the start, without its cost: that form backtracks from the end of
 * the text at every start position, quadratic on a paragraph with no match.
 */
export function endOfLastMatch(text: string, pattern: RegExp): number {
  if (!pattern.global) throw new Error(`endOfLastMatch needs a global pattern, got ${pattern}`);
  let end = 0;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
