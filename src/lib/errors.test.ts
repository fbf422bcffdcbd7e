import { describe, expect, it } from 'vitest';
import { collectErrors, SourcebookError, SourcebookErrors, authoringErrorsOf, formatLocation, sortErrors, throwErrors } from './errors';

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

describe('SourcebookErrors', () => {
  const at = (file: string, line: number, column: number, reason = 'Bad.') => new SourcebookError({ file, line, column }, reason, 'Fix it.');

  it('sorts by file, line and column, prints each once with a count, and no stack or hint of its own', () => {
    const errors = new SourcebookErrors([at('b.md', 1, 1), at('a.md', 10, 2), at('a.md', 9, 5), at('a.md', 10, 2)], 'error in the pages');
    expect(errors.list.map(formatLocation)).toEqual(['a.md:9:5', 'a.md:10:2', 'b.md:1:1']);
    expect(errors.message).toBe(
      '3 errors in the pages:\n\na.md:9:5  Bad.\n  hint: Fix it.\n\na.md:10:2  Bad.\n  hint: Fix it.\n\nb.md:1:1  Bad.\n  hint: Fix it.',
    );
    expect(errors.name).toBe('SourcebookError');
    expect(errors.stack).toBe('');
    expect('hint' in errors).toBe(false);
    // Astro reads toString() to guess hints; quoted words must not trigger them.
    expect(String(new SourcebookErrors([at('a.md', 1, 1, 'The quoted words “window” are not there.')]))).toBe('SourcebookError: 1 error');
  });

  it('sorts an error without a line first in its file', () => {
    expect(sortErrors([at('a.txt', 3, 1), new SourcebookError({ file: 'a.txt' }, 'Changed.')]).map(formatLocation)).toEqual(['a.txt', 'a.txt:3:1']);
  });

  it('collects the authoring errors of each step of a loop, and lets other errors through', () => {
    const errors: SourcebookError[] = [];
    const step = collectErrors(errors, (n: number) => {
      if (n === 1) throw at('a.md', 1, 1);
      if (n === 2) throw new SourcebookErrors([at('b.md', 2, 1), at('c.md', 3, 1)]);
      if (n === 3) throw new TypeError('a bug');
    });
    [0, 1, 2].forEach((n) => step(n));
    expect(errors.map(formatLocation)).toEqual(['a.md:1:1', 'b.md:2:1', 'c.md:3:1']);
    expect(() => step(3)).toThrow(TypeError);
    expect(authoringErrorsOf(new TypeError('x'))).toBeUndefined();
  });

  it('throws nothing, the one error, or all as one', () => {
    expect(() => throwErrors([])).not.toThrow();
    const one = at('a.md', 1, 1);
    expect(() => throwErrors([one])).toThrow(one);
    expect(() => throwErrors([one, at('b.md', 1, 1)])).toThrow(/^2 errors:/);
  });
});
