import { idInterrupted, missingLocator, unacceptedQuoteMark } from './citation-syntax-hints';
import { commentId, DATELINE_ID, omittedLineId, paragraphId, type Locator } from './passage-id';

/** One `@source ¶4 "words"` of a group. */
export interface Citation {
  sourceId: string;
  /** The passage as the author named it; lib/verify-citation resolves it to an archive id. */
  locator: Locator;
  /** The verbatim words the sentence relies on, without their outer quotes (always there for a `quote` locator). */
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

const SYNTAX =
  'Write citations as [@source ¶4], [@source §11 ¶3], [@source ¶4 "verbatim words"], [@source "verbatim words"] or [@source c2]; separate several with ";".';
const ID = /[A-Za-z0-9][A-Za-z0-9_.-]*/y;
const PASSAGE = /(?:¶\s?|p)(\d+)|c(\d+)|(dateline)\b|line\s?(\d+)/y;
// `§11`, `§ 1.4`, `§ 2a`, `§ IV`, each optionally with a paragraph inside it: `§11 ¶3`, `§ 11, ¶ 3`.
const SECTION = /§\s?(\d+(?:\.\d+)*[a-z]?|[IVXLCDM]+)(?![A-Za-z0-9])(?:,?\s*(?:¶\s?|p)(\d+))?/y;
const SPACE = /\s*/y;
// ” too: smartypants curls the opening mark of a quote that starts with punctuation ("." → ”.”).
const OPEN_QUOTE = /["“”]/y;
// A quote ends at the first closing mark that is followed by the end of the citation: smartypants
// (on by default in Astro) curls inner straight quotes too, so the mark alone is not enough.
const CLOSE_QUOTE = /["”](?=\s*[;\]])/g;

/**
 * Finds pandoc-style citation groups in a run of text:
 *
 *     [@cluley ¶4]   [@cluley p4 "verbatim words"]   [@appleinsider c23]   [@a ¶1; @b ¶2 “words”]
 *     [@vpnnews dateline "April 23rd, 2015"]   (the date line printed under a text's headline)
 *     [@gpl3 §11]   [@gpl3 § 11 ¶ 3 "words"]      (a section, a paragraph counted within it)
 *     [@gpl3 "royalty-free patent license"]     (the one passage that holds the words)
 *
 * Every `[@` opens a group. A group that does not follow the grammar is reported as malformed
 * (never passed through as text), so a typo cannot silently become an unchecked claim.
 */
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
    const interrupted = idInterrupted(text, id, at);
    if (interrupted) return fail(interrupted.reason, interrupted.hint);
    const beforePassage = at;
    match(SPACE);
    if (text[at] === ',')
      return fail(`Unexpected "," after "@${id}" in ${excerpt(text, start)}.`, `Separate the source and the paragraph with a space only: [@${id} ¶4].`);
    const spaced = at > beforePassage;
    const passage = spaced ? match(PASSAGE) : null;
    const section = spaced && !passage ? match(SECTION) : null;
    const quoteOnly = spaced && !passage && !section && /["“”]/.test(text[at] ?? '');
    if (!passage && !section && !quoteOnly) {
      const missing = missingLocator(text, id, at);
      return fail(`${missing.reason} after "@${id}" in ${excerpt(text, start)}.`, missing.hint);
    }
    const locator: Locator = section
      ? { kind: 'section', section: section[1]!, ...(section[2] === undefined ? {} : { paragraph: Number(section[2]) }) }
      : passage
        ? {
            kind: 'passage',
            passage:
              passage[1] !== undefined
                ? { kind: 'paragraph', id: paragraphId(Number(passage[1])) }
                : passage[2] !== undefined
                  ? { kind: 'comment', id: commentId(Number(passage[2])) }
                  : passage[4] !== undefined
                    ? { kind: 'line', id: omittedLineId(Number(passage[4])) }
                    : { kind: 'dateline', id: DATELINE_ID },
          }
        : { kind: 'quote' };
    const citation: Citation = { sourceId: id, locator };
    const beforeQuote = at;
    match(SPACE);
    const mark = unacceptedQuoteMark(text[at]);
    if (mark && at > beforeQuote) return fail(mark.reason, mark.hint);
    if (match(OPEN_QUOTE)) {
      if (at === beforeQuote + 1 && !quoteOnly) return fail(`Expected a space before the quote in ${excerpt(text, start)}.`);
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
