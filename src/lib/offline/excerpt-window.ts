import type { ExcerptPart } from '../search/excerpt';
import { findMatches } from '../search/highlight';

/**
 * About `words` words of `text` around the first place the terms occur, with every occurrence
 * marked: the offline engine's excerpt, made the way the reader sees Pagefind's (an ellipsis where
 * the text is cut).
 */
export function excerptWindow(text: string, terms: readonly string[], words = 24): ExcerptPart[] {
  const matches = findMatches(text, terms);
  const spaces = [...text.matchAll(/\s+/g)].map((m) => m.index);
  const wordAt = (offset: number) => spaces.filter((s) => s < offset).length;
  const firstWord = Math.max(0, (matches[0] ? wordAt(matches[0][0]) : 0) - Math.floor(words / 3));
  const start = firstWord === 0 ? 0 : spaces[firstWord - 1]! + 1;
  const endSpace = spaces[firstWord + words - 1];
  const end = endSpace ?? text.length;
  const parts: ExcerptPart[] = [];
  const push = (part: string, marked: boolean) => part && parts.push({ text: part, marked });
  let at = start;
  if (start > 0) push('… ', false);
  for (const [from, to] of matches) {
    if (to <= start || from >= end) continue;
    push(text.slice(at, Math.max(at, from)), false);
    push(text.slice(Math.max(at, from), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(' …', false);
  return parts.reduce<ExcerptPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
