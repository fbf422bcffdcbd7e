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
