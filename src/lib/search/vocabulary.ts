/** Words worth suggesting: letters (with inner apostrophes or hyphens), three or more of them. */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * The words of some texts, most frequent first, lowercased, one per line: the list the search
 * interface corrects a mistyped word against ("backdoro" → "backdoor"). Its size follows the
 * number of distinct words, not of pages.
 */
export function vocabulary(texts: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
      if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w)
    .join('\n');
}

/** Restricted Damerau–Levenshtein distance (a swap of neighbours costs 1), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known word closest to `term` (most frequent among equally close ones), or undefined when
 * the term is known already or nothing is close: one edit for words up to five letters, two beyond.
 */
export function closestWord(term: string, words: readonly string[]): string | undefined {
  const t = term.toLowerCase();
  if (t.length < 3 || words.includes(t)) return undefined;
  const max = t.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const word of words) {
    const d = editDistance(t, word, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** The vocabulary's file name inside the Pagefind bundle folder. */
export const VOCABULARY_FILE = 'sourcebook-words.txt';
