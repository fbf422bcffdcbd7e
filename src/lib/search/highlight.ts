/** The URL parameter that carries the searched words to the landing page (Pagefind's name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Words worth highlighting: at least two characters, without surrounding punctuation, unique. */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2);
  return [...new Set(words)];
}

/** Adds the searched words to a result link, before its fragment: `/a/?pagefind-highlight=x#p7`. */
export function withHighlight(href: string, query: string): string {
  const terms = queryTerms(query);
  if (terms.length === 0) return href;
  const [path = '', fragment] = href.split('#', 2);
  const [pathname = '', search = ''] = path.split('?', 2);
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${pathname}?${params.toString()}${fragment === undefined ? '' : `#${fragment}`}`;
}

/**
 * Where the terms occur in a text, as [start, end) ranges. A term matches at the start of a word
 * and runs on through the word's letters, so "day" marks "days" the way a stemming engine found it.
 */
export function findMatches(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0) return [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
