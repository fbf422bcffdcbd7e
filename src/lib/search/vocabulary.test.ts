import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, vocabulary } from './vocabulary';

describe('vocabulary', () => {
  it('lists distinct words of three letters or more, most frequent first', () => {
    expect(vocabulary(['The backdoor, the BACKDOOR and a door.', 'Door-to-door don’t'])).toBe('backdoor\nthe\nand\ndon’t\ndoor\ndoor-to-door');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('backdoro', 'backdoor', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('same', 'same', 1)).toBe(0);
    expect(editDistance('short', 'much longer', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  const words = ['the', 'backdoor', 'backdoors', 'encryption', 'keys'];

  it('corrects a mistyped word to the closest, most frequent known word', () => {
    expect(closestWord('backdoro', words)).toBe('backdoor');
    expect(closestWord('Encrpytion', words)).toBe('encryption');
    expect(closestWord('kyes', words)).toBe('keys');
  });

  it('leaves known words, very short words and unrelated words alone', () => {
    expect(closestWord('keys', words)).toBeUndefined();
    expect(closestWord('ab', words)).toBeUndefined();
    expect(closestWord('sécurité', words)).toBeUndefined();
  });
});
