import { describe, expect, it } from 'vitest';
import { checkSourceText } from './source-text-checks';

const message = (text: string) => {
  try {
    checkSourceText(text, 's.txt');
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkSourceText', () => {
  it('accepts ordinary text with LF or CRLF endings and direction marks', () => {
    expect(message('Title\n\nA paragraph.\n')).toBe('');
    expect(message('Title\r\n\r\nA paragraph.\r\n')).toBe('');
    expect(message('Hebrew \u200Fmark\n')).toBe('');
  });
  it('refuses empty and blank texts', () => {
    expect(message('')).toMatch(/^s\.txt:1:1 {2}The source text is empty/);
    expect(message(' \n\t\n')).toMatch(/empty/);
  });
  it('points at noncharacters, bidirectional overrides and lone CRs', () => {
    expect(message('Title\n\nA \uFFFF here.')).toMatch(/^s\.txt:3:3 {2}The text contains the Unicode noncharacter U\+FFFF.*\n {2}hint:/);
    expect(message('ab\uFDD0')).toMatch(/^s\.txt:1:3 .*U\+FDD0/);
    expect(message('x \u{1FFFF}')).toMatch(/U\+1FFFF/);
    expect(message('Title\n\nuser \u202Egnp.exe')).toMatch(/^s\.txt:3:6 .*bidirectional control U\+202E/);
    expect(message('one\rtwo\n')).toMatch(/^s\.txt:1:4 {2}The text has a lone carriage return/);
  });
});
