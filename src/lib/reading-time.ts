/**
 * Minutes a page takes to read, from its Markdown source: prose words only (citations
 * `[@source ¶2 "…"]`, link targets, Markdown and MDX markup are not read aloud), at 220 words a
 * minute, never less than one.
 */
export const WORDS_PER_MINUTE = 220;

export function readingMinutes(markdown: string): number {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>|^(import|export)\s.*$/gm, ' ')
    .replace(/[#*_>|`[\]-]+/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
