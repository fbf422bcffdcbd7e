import { describe, expect, it } from 'vitest';
import { excerptWindow } from './excerpt-window';

const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');

describe('excerptWindow', () => {
  it('marks every occurrence and starts a little before the first', () => {
    const parts = excerptWindow(`${text} needle here and Needles again`, ['needle'], 6);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['needle', 'Needles']);
    expect(parts[0]).toEqual({ text: '… w58 w59 ', marked: false });
    expect(parts.map((p) => p.text).join('')).toBe('… w58 w59 needle here and Needles …');
  });

  it('shows the start of a short text without ellipses', () => {
    expect(excerptWindow('a short needle text', ['needle'])).toEqual([
      { text: 'a short ', marked: false },
      { text: 'needle', marked: true },
      { text: ' text', marked: false },
    ]);
  });

  it('cuts a long text after the window and says so', () => {
    const parts = excerptWindow(text, ['w1'], 5);
    expect(parts.map((p) => p.text).join('')).toBe('w0 w1 w2 w3 w4 …');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['w1']);
  });
});
