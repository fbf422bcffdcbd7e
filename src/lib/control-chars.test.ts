import { describe, expect, it } from 'vitest';
import { rejectControlCharacters } from './control-chars';

describe('rejectControlCharacters', () => {
  it('accepts ordinary text with tabs, CRLF and form feeds', () => {
    expect(() => rejectControlCharacters('a\tb\r\nc\fd “e” — é', 'x.txt')).not.toThrow();
  });
  it('points at the first control character', () => {
    expect(() => rejectControlCharacters('one\ntw\u0007o', 'x.txt')).toThrow(/^x\.txt:2:3 {2}The text contains the invisible control character U\+0007/);
    expect(() => rejectControlCharacters('\u001b[31m', 'x.txt')).toThrow(/x\.txt:1:1 .*U\+001B/);
    expect(() => rejectControlCharacters('a\u0085', 'x.txt')).toThrow(/U\+0085/);
  });
});
