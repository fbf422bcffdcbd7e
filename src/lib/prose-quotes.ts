import { normaliseForMatch } from './text';

/** A quotation in an author's sentence: its words (without the quote marks) and where they start. */
export interface ProseQuote {
  words: string;
  offset: number;
}

const QUOTED = /“([^“”]+)”|"([^"\n]+)"/g;

/** The double-quoted spans of a run of prose, straight or curly. */
export function findQuotes(prose: string): ProseQuote[] {
  return [...prose.matchAll(QUOTED)].map((m) => ({ words: (m[1] ?? m[2] ?? '').trim(), offset: m.index + 1 }));
}

/**
 * Whether a quotation occurs in one of the cited passages. Punctuation the author's style puts
 * inside the closing quote mark is not required to match, and an ellipsis marks an omission: each
 * part must then occur, in order, in the same passage.
 */
export function quoteIsSupported(words: string, passages: readonly string[]): boolean {
  // A quote within the quote is written with single marks, as style guides ask; the source has double.
  const nested = words.replace(/[‘'](?=\S)([^‘’']+?)(?<=\S)[’']/g, '"$1"');
  return matches(words, passages) || (nested !== words && matches(nested, passages));
}

function matches(words: string, passages: readonly string[]): boolean {
  const parts = words
    .replace(/[.,;:!?]+$/, '')
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return true;
  const needles = parts.map(normaliseForMatch);
  return passages.some((passage) => {
    const text = normaliseForMatch(passage);
    let from = 0;
    for (const needle of needles) {
      const at = text.indexOf(needle, from);
      if (at < 0) return false;
      from = at + needle.length;
    }
    return true;
  });
}

const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/;

/** The passages that hold a quotation (with its omissions, in order), as `[id, text]` pairs. */
export function passagesHolding(words: string, passages: Iterable<[string, string]>): string[] {
  return [...passages].filter(([, text]) => quoteIsSupported(words, [text])).map(([id]) => id);
}

/** The longest part of a quotation with omissions (`“a … b”`): what a closest match is sought for. */
export function longestPart(words: string): string {
  return words
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0]!;
}

/**
 * The hint for a citation's quote written with “…”: a citation quotes one unbroken run of the
 * passage (it is printed in the note as the passage's words), so say what to write instead.
 * Undefined when the quote has no ellipsis. `cite` is how the citation is written, `[@src ¶4`.
 */
export function elidedQuoteHint(quote: string, passage: string | undefined, cite: string): string | undefined {
  if (!ELLIPSIS.test(quote)) return undefined;
  const part = longestPart(quote);
  const inOrder = passage !== undefined && quoteIsSupported(quote, [passage]);
  return (
    `${inOrder ? 'Each part occurs in the passage, but a' : 'A'} citation's quote is one unbroken run of the passage's words, so it cannot leave words out with “…”. ` +
    `Quote one part (${cite} "${part}"]), or write the shortened quotation in the sentence itself, where “…” marks left-out words: “${quote}”${cite}].`
  );
}
