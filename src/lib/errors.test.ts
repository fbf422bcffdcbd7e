import { describe, expect, it } from 'vitest';
import { SourcebookError, formatLocation } from './errors';

describe('SourcebookError', () => {
  it('puts file:line:col first, then the reason and the hint', () => {
    const error = new SourcebookError({ file: 'content/a.md', line: 3, column: 7 }, 'Unknown source "x".', 'Known: a, b.');
    expect(error.message).toBe('content/a.md:3:7  Unknown source "x".\n  hint: Known: a, b.');
    expect(error.line).toBe(3);
  });

  it('prints without code frames or its fields when logged', async () => {
    const { inspect } = await import('node:util');
    const error = new SourcebookError({ file: 'a.md', line: 1, column: 2 }, 'Bad.', 'Fix it.');
    expect(inspect(error)).toBe('SourcebookError: a.md:1:2  Bad.\n  hint: Fix it.');
  });

  it('defaults the column to 1 and omits missing lines', () => {
    expect(formatLocation({ file: 'f.txt', line: 2 })).toBe('f.txt:2:1');
    expect(formatLocation({ file: 'f.txt' })).toBe('f.txt');
  });
});
