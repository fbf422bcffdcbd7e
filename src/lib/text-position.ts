/** 1-based line and column of a character offset, as editors and `file:line:col` count them. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/**
 * Where the k-th `needle` of `rendered` sits in `raw`, for text whose source form differs from its
 * value (escapes, entities, smartypants): the needle's occurrences correspond one to one when
 * their counts agree. Returns undefined when they do not, so callers fall back to a coarser place.
 */
export function matchOccurrences(rendered: string, raw: string, needle: string): Map<number, number> | undefined {
  const find = (text: string) => {
    const found: number[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
    return found;
  };
  const inRendered = find(rendered);
  const inRaw = find(raw);
  if (inRendered.length !== inRaw.length) return undefined;
  return new Map(inRendered.map((offset, k) => [offset, inRaw[k]!]));
}
