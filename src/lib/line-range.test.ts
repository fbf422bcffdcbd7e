import { describe, expect, it } from 'vitest';
import { formatLineRange, lineRangeProblem, parseLineRange } from './line-range';

describe('parseLineRange', () => {
  it('reads single lines and ranges', () => {
    expect(parseLineRange(7)).toEqual({ from: 7, to: 7 });
    expect(parseLineRange('21-27')).toEqual({ from: 21, to: 27 });
    expect(parseLineRange(' 3 – 4 ')).toEqual({ from: 3, to: 4 });
  });

  it('rejects backwards, zero and malformed ranges', () => {
    expect(parseLineRange('9-3')).toBeUndefined();
    expect(parseLineRange(0)).toBeUndefined();
    expect(parseLineRange('a-b')).toBeUndefined();
  });

  it('formats', () => {
    expect(formatLineRange({ from: 4, to: 4 })).toBe('line 4');
    expect(formatLineRange({ from: 4, to: 12 })).toBe('lines 4–12');
  });
});

describe('lineRangeProblem', () => {
  it('says a range is reversed rather than not a range', () => {
    expect(lineRangeProblem('5-3')).toBe('is reversed: write the first line first ("3-5")');
    expect(lineRangeProblem(0)).toMatch(/before line 1/);
    expect(lineRangeProblem('five')).toBe('is not a line range');
  });
});
