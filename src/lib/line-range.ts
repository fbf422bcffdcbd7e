/** Inclusive, 1-based line ranges as curators write them in YAML: `7`, `"21-27"`. */
export interface LineRange {
  from: number;
  to: number;
}

const RANGE = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/;

/** `7` or `"21-27"` (`–` too) as a range; undefined for anything else, zero or backwards. */
export function parseLineRange(value: number | string): LineRange | undefined {
  const match = RANGE.exec(String(value));
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < 1 || to < from) return undefined;
  return { from, to };
}

/** "line 7" or "lines 21–27", as errors and the archive page say it. */
export function formatLineRange({ from, to }: LineRange): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

/** Why `value` is not a line range, as the end of a sentence about it ("is reversed: …"). */
export function lineRangeProblem(value: number | string): string {
  const match = RANGE.exec(String(value));
  if (match && match[2] !== undefined && Number(match[2]) < Number(match[1])) return `is reversed: write the first line first ("${match[2]}-${match[1]}")`;
  if (match && Number(match[1]) < 1) return 'starts before line 1 (lines are counted from 1)';
  return 'is not a line range';
}
