import { describe, expect, it } from 'vitest';
import { containsQuote, foldWhitespace, normaliseForMatch } from './text';

describe('foldWhitespace', () => {
  it('collapses runs of whitespace and trims', () => {
    expect(foldWhitespace('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('containsQuote', () => {
  const passage = 'China’s demands for “surveillance backdoors” seem eerily similar — to those…';

  it('treats curly and straight quotes, dashes and ellipses alike', () => {
    expect(containsQuote(passage, 'China\'s demands for "surveillance backdoors"')).toBe(true);
    expect(containsQuote(passage, 'similar - to those...')).toBe(true);
  });

  it('is not fuzzy about anything else', () => {
    expect(containsQuote(passage, 'Chinas demands')).toBe(false);
    expect(containsQuote(passage, 'china’s demands')).toBe(false);
    expect(containsQuote(passage, 'surveillance  backdoor ')).toBe(true);
    expect(containsQuote(passage, 'surveillance backdoorz')).toBe(false);
  });

  it('never matches an empty quote', () => {
    expect(containsQuote(passage, '  ')).toBe(false);
  });

  it('normalises to NFC', () => {
    expect(normaliseForMatch('Ame\u0301lie')).toBe('Amélie');
  });
});
