import { describe, expect, it } from 'vitest';
import { rawHtmlProblem } from './raw-html-policy';

describe('rawHtmlProblem', () => {
  it('allows bare inert tags and comments', () => {
    for (const ok of ['<abbr>', '</abbr>', '<br>', '<br/>', '<sub>', '<!-- note -->']) expect(rawHtmlProblem(ok)).toBeNull();
  });
  it('rejects scripts, event handlers, styles, attributes and unknown tags', () => {
    expect(rawHtmlProblem('<script>alert(1)</script>')).toBe('<script> (<script>alert(1)</script>)');
    expect(rawHtmlProblem('<img src=x onerror=alert(1)>')).toMatch(/^<img>/);
    expect(rawHtmlProblem('<abbr title="x" onmouseover="y">')).toMatch(/^<abbr> with attributes/);
    expect(rawHtmlProblem('<iframe src="//evil">')).toMatch(/^<iframe>/);
    expect(rawHtmlProblem('<div>')).toMatch(/^<div>/);
    expect(rawHtmlProblem('<!-- a -- b -->')).not.toBeNull();
  });
});
