/**
 * Finds pandoc-style citation groups in a run of text:
 *
 *     [@cluley ¶4]   [@cluley p4 "verbatim words"]   [@appleinsider c23]   [@a ¶1; @b ¶2 “words”]
 *     [@vpnnews dateline "April 23rd, 2015"]   (the date line printed under a text's headline)
 *
 * Every `[@` opens a group. A group that does not follow the grammar is reported as malformed
 * (never passed through as text), so a typo cannot silently become an unchecked claim.
 */
export interface Locator {
  kind: 'paragraph' | 'comment' | 'dateline';
  /** The archive's anchor id: `p4`, `c2` or `dateline`. */
  id: string;
}

export interface Citation {
  sourceId: string;
  locator: Locator;
  /** The verbatim words the sentence relies on, without their outer quotes. */
  quote?: string;
}

export interface CitationGroup {
  ok: true;
  /** Index of the group's `[` in the text. */
  offset: number;
  /** Length up to and including the closing `]`. */
  length: number;
  citations: Citation[];
}

export interface MalformedGroup {
  ok: false;
  offset: number;
  /** What is wrong, for the author. */
  reason: string;
  /** How to fix it. */
  hint: string;
}

export type ParsedGroup = CitationGroup | MalformedGroup;

const SYNTAX = 'Write citations as [@source ¶4], [@source ¶4 "verbatim words"] or [@source c2]; separate several with ";".';
const ID = /[A-Za-z0-9][A-Za-z0-9_.-]*/y;
const LOCATOR = /(?:¶\s?|p)(\d+)|c(\d+)|(dateline)\b/y;
const SPACE = /\s*/y;
const OPEN_QUOTE = /["“]/y;
// A quote ends at the first closing mark that is followed by the end of the citation: smartypants
// (on by default in Astro) curls inner straight quotes too, so the mark alone is not enough.
const CLOSE_QUOTE = /["”](?=\s*[;\]])/g;

export function parseCitations(text: string): ParsedGroup[] {
  const groups: ParsedGroup[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('[@', from);
    if (start < 0) return groups;
    const group = parseGroup(text, start);
    groups.push(group);
    from = group.ok ? start + group.length : start + 2;
  }
}

function parseGroup(text: string, start: number): ParsedGroup {
  const citations: Citation[] = [];
  let at = start + 1;
  const fail = (reason: string, hint = SYNTAX): MalformedGroup => ({ ok: false, offset: start, reason, hint });
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found) at = pattern.lastIndex;
    return found;
  };
  for (;;) {
    if (text[at] !== '@') return fail(`Expected "@source" after ";" in the citation ${excerpt(text, start)}.`);
    at += 1;
    const id = match(ID)?.[0];
    if (!id) return fail(`Expected a source id after "@" in the citation ${excerpt(text, start)}.`);
    const beforeLocator = at;
    match(SPACE);
    if (text[at] === ',')
      return fail(`Unexpected "," after "@${id}" in ${excerpt(text, start)}.`, `Separate the source and the paragraph with a space only: [@${id} ¶4].`);
    const locator = at > beforeLocator ? match(LOCATOR) : null;
    if (!locator) {
      return fail(
        `Expected a paragraph or comment locator after "@${id}" in ${excerpt(text, start)}.`,
        `Use ¶4 or p4 for paragraph 4, c2 for reader comment 2, dateline for the date line: [@${id} ¶4]. If you meant the literal text "[@", escape the bracket: \\[@.`,
      );
    }
    const citation: Citation = {
      sourceId: id,
      locator:
        locator[1] !== undefined
          ? { kind: 'paragraph', id: `p${Number(locator[1])}` }
          : locator[2] !== undefined
            ? { kind: 'comment', id: `c${Number(locator[2])}` }
            : { kind: 'dateline', id: 'dateline' },
    };
    const beforeQuote = at;
    match(SPACE);
    if (match(OPEN_QUOTE)) {
      if (at === beforeQuote + 1) return fail(`Expected a space before the quote in ${excerpt(text, start)}.`);
      CLOSE_QUOTE.lastIndex = at;
      const close = CLOSE_QUOTE.exec(text);
      if (!close)
        return fail(
          `The quote in ${excerpt(text, start)} is not closed before "]" or ";".`,
          'End the quote with " (or ”) right before the closing "]" or the ";" that starts the next citation. Quotes cannot contain Markdown formatting such as *, _ or `.',
        );
      const quote = text.slice(at, close.index).trim();
      if (!quote) return fail(`Empty quote in ${excerpt(text, start)}.`, 'Leave the quote out, or put the verbatim words between the quotes.');
      citation.quote = quote;
      at = close.index + 1;
      match(SPACE);
    }
    citations.push(citation);
    if (text[at] === ']') return { ok: true, offset: start, length: at + 1 - start, citations };
    if (text[at] !== ';') {
      if (at >= text.length) {
        return fail(
          `The citation ${excerpt(text, start)} is not closed with "]".`,
          'Close it with "]" on the same paragraph. A citation cannot contain Markdown formatting (*, _, `, links).',
        );
      }
      return fail(`Unexpected "${text[at]}" in the citation ${excerpt(text, start)}; expected "]", ";" or a quote.`);
    }
    at += 1;
    match(SPACE);
  }
}

function excerpt(text: string, start: number): string {
  const end = text.indexOf(']', start);
  const raw = text.slice(start, end < 0 ? start + 40 : Math.min(end + 1, start + 80));
  return `"${raw.replace(/\s+/g, ' ')}${end < 0 || end + 1 > start + 80 ? '…' : ''}"`;
}
