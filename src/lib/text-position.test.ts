import { describe, expect, it } from 'vitest';
import { matchOccurrences, positionAt, positionsIn } from './text-position';

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncde\n\nf';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, 8)).toEqual({ line: 4, column: 1 });
  });
});

describe('positionsIn', () => {
  it('agrees with counting the lines before every offset, past the end and at line breaks', () => {
    const text = 'one\n\ntwo three\r\nfour\n';
    const at = positionsIn(text);
    for (let offset = -1; offset <= text.length + 1; offset++) {
      const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
      expect(at(offset)).toEqual({ line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') });
    }
  });
});

describe('matchOccurrences', () => {
  it('pairs occurrences in order when the source form adds characters', () => {
    const value = 'a “b” [@x ¶1] c [@y ¶2]';
    const raw = 'a "b" \\[@x ¶1] c [@y ¶2]';
    const map = matchOccurrences(value, raw, '[@')!;
    expect(raw.slice(map.get(6)!, map.get(6)! + 2)).toBe('[@');
    expect(raw[map.get(6)! - 1]).toBe('\\');
    expect(map.get(16)).toBe(17);
  });

  it('gives up when the counts differ', () => {
    expect(matchOccurrences('[@x ¶1]', '&#91;@x ¶1]', '[@')).toBeUndefined();
  });
});
