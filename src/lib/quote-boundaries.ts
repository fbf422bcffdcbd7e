import { normaliseForMatch } from './text';

const WORD = /[\p{L}\p{N}]/u;

/** A quote shorter than this (in words and in letters) proves nothing about the passage. */
export const MIN_QUOTE_WORDS = 2;
export const MIN_QUOTE_LETTERS = 6;

/**
 * Why a quote that does occur in its passage still does not support a claim, or null: it is too
 * short to carry meaning (`"a"`), or every occurrence starts or ends inside a word of the source
 * (`"possible to comply"` in "impossible to comply", `"likely that"` in "unlikely that"). Matching
 * is on the same normalised text as the quote check itself.
 */
export function quoteProblem(passage: string, quote: string): { reason: string; hint: string } | null {
  const needle = normaliseForMatch(quote);
  const words = needle.split(' ').filter((w) => WORD.test(w)).length;
  const letters = [...needle].filter((c) => WORD.test(c)).length;
  if (words < MIN_QUOTE_WORDS && letters < MIN_QUOTE_LETTERS) {
    return {
      reason: `The quote “${quote}” is too short to show what the source says.`,
      hint: `Quote at least ${MIN_QUOTE_WORDS} words or ${MIN_QUOTE_LETTERS} letters, or cite the paragraph without a quote.`,
    };
  }
  const haystack = normaliseForMatch(passage);
  let cut: string | undefined;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const startsInside = WORD.test(needle[0]!) && at > 0 && WORD.test(haystack[at - 1]!);
    const endsInside = WORD.test(needle.at(-1)!) && end < haystack.length && WORD.test(haystack[end]!);
    if (!startsInside && !endsInside) return null;
    cut ??= haystack.slice(wordStart(haystack, at), wordEnd(haystack, end));
  }
  if (cut === undefined) return null;
  return {
    reason: `The quote “${quote}” starts or ends inside a word of the source, which reads “${cut}”.`,
    hint: 'Quote whole words: a quote cut out of a longer word can say the opposite ("possible" in "impossible").',
  };
}

const wordStart = (text: string, at: number) => {
  while (at > 0 && WORD.test(text[at - 1]!)) at -= 1;
  return at;
};
const wordEnd = (text: string, at: number) => {
  while (at < text.length && WORD.test(text[at]!)) at += 1;
  return at;
};

// Zero-width and other invisible characters: a quote holding one never matches, and the closest
// match shown in the error looks identical, so the character is named instead.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;

/** Names an invisible character in a quote (usually pasted along with it), or null. */
export function invisibleInQuote(quote: string): { reason: string; hint: string } | null {
  const match = INVISIBLE.exec(quote);
  if (!match) return null;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    reason: `The quote “${quote}” contains the invisible character ${code} after “${quote.slice(0, match.index)}”.`,
    hint: 'Delete it (retype the words around it): it was probably pasted along with the text.',
  };
}
