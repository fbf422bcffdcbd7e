import { describe, expect, it } from 'vitest';
import { bodyLineOffset } from './body-line-offset';

const file = '---\ntitle: T\n---\n\nFirst.\n\nSecond.\n';

describe('bodyLineOffset', () => {
  it('counts the frontmatter lines before an exact body', () => {
    expect(bodyLineOffset(file, '\nFirst.\n\nSecond.\n')).toBe(3);
  });
  it('handles a body whose leading blank lines were trimmed', () => {
    // "Second." is line 3 of the trimmed body and line 7 of the file.
    expect(3 + bodyLineOffset(file, 'First.\n\nSecond.\n')).toBe(7);
  });
  it('returns 0 when the body is not in the file', () => {
    expect(bodyLineOffset(file, 'Other text')).toBe(0);
  });
});
