/** 1-based line and column of a character offset, as editors and `file:line:col` count them. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  return positionsIn(text)(offset);
}

/**
 * `positionAt` for many offsets of one text: the line starts are found once, and each offset is a
 * binary search, where slicing and splitting the text before it made every lookup walk the file.
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  };
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
