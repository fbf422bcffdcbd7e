import type { SearchHit } from './engine';
import { queryTerms } from './highlight';
import { closestWord } from './vocabulary';

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * The query's words that no hit marks, by the marked words of their excerpts: an engine that
 * stems ("days" → "day") or matches prefixes marks a near form, which counts; a mark that only
 * shares the first letters ("back" for "backdoro") does not.
 */
export function unmatchedTerms(query: string, hits: readonly SearchHit[]): string[] {
  const marked = new Set(hits.flatMap((h) => h.excerpt.filter((p) => p.marked).flatMap((p) => p.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
  return queryTerms(query).filter((term) => {
    if (term.length < 4) return false;
    for (const word of marked) {
      const shared = commonPrefix(term, word);
      if (shared >= term.length - 3 && shared >= Math.min(term.length, word.length) - 2) return false;
    }
    return true;
  });
}

/** The query with each unmatched word replaced by the closest known word; undefined if none is close. */
export function correctQuery(query: string, unmatched: readonly string[], words: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query.split(/(\s+)/).map((piece) => {
    const bare = piece.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!unmatched.includes(bare)) return piece;
    const word = closestWord(bare, words);
    if (!word) return piece;
    changed = true;
    return word;
  });
  return changed ? corrected.join('') : undefined;
}
