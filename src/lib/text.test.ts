import { describe, expect, it } from 'vitest';
import { containsQuote, endOfLastMatch, foldWhitespace, normaliseForMatch } from './text';

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

describe('endOfLastMatch', () => {
  // The two sentence breaks the attribution checks use (lib/speech-spans.ts, markdown/prose-blocks.ts).
  const breaks = [String.raw`(?<!(?:^|[\s.])\p{Lu})[.!?][”"’]?\s+(?=[“"‘]?\p{Lu})`, String.raw`(?<!(?:^|[\s.])\p{Lu})[.!?][”"’)]*\s+(?=\S)`];
  const slow = (text: string, stop: string) => new RegExp(`.*${stop}`, 'su').exec(text)?.[0].length ?? 0;

  it.each(breaks)('ends where a greedy `.*` before the pattern would, on texts made of sentence parts: %s', (stop) => {
    const parts = ['Mr. ', 'U.S. ', 'said. ', 'It ', 'rose! ', '“Yes.” ', 'he ', 'A. ', 'end.', '\n', '  ', 'Why? ', 'x', '(so.) ', '‘Q’ '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % parts.length;
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + (n % 12) }, () => parts[next()]).join('');
      const expected = slow(text, stop);
      if (expected > 0) found++;
      expect(endOfLastMatch(text, new RegExp(stop, 'gu')), text).toBe(expected);
    }
    expect(found, 'texts with a sentence break among them').toBeGreaterThan(100);
  });

  it('is 0 without a match, and refuses a pattern that is not global', () => {
    expect(endOfLastMatch('no stop here', /[.!?]\s+/g)).toBe(0);
    expect(() => endOfLastMatch('a. B', /[.]/)).toThrow(/global/);
  });
});
