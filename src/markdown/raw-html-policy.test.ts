import { describe, expect, it } from 'vitest';
import { rawHtmlProblem } from './raw-html-policy';

describe('rawHtmlProblem', () => {
  it('allows bare inert tags, text and well-formed comments', () => {
    for (const ok of ['<abbr>', '</abbr>', '<br>', '<br/>', '<sub>x</sub>', '<!-- note -->', '<!-- a -- b -->', 'a &amp; b'])
      expect(rawHtmlProblem(ok)).toBeNull();
  });
  it('rejects scripts, event handlers, styles, attributes and unknown tags', () => {
    expect(rawHtmlProblem('<script>alert(1)</script>')).toEqual({ reason: '<script>', offset: 0 });
    expect(rawHtmlProblem('x <img src=x onerror=alert(1)>')).toEqual({ reason: '<img>', offset: 2 });
    expect(rawHtmlProblem('<abbr title="x" onmouseover="y">')?.reason).toBe('<abbr> with attributes');
    expect(rawHtmlProblem('<iframe src="//evil">')?.reason).toBe('<iframe>');
    expect(rawHtmlProblem('<div>')?.reason).toBe('<div>');
  });
  it('reads comments as a browser does: `<!-->` closes at once, so what follows is live', () => {
    const bypass =
      '<!--><img src=x onerror=alert(1)><a href="javascript:alert(2)">click me</a><meta http-equiv="refresh" content="5;url=https://evil.example/">-->';
    expect(rawHtmlProblem(bypass)).toEqual({ reason: expect.stringMatching(/closed at once by `<!-->`/), offset: 4 });
    expect(rawHtmlProblem('<!---><script>x</script>-->')?.reason).toMatch(/closed at once/);
    expect(rawHtmlProblem('<!-- never closed')?.reason).toMatch(/never closed/);
    expect(rawHtmlProblem('<!-- a --!><img src=x onerror=y>')?.reason).toMatch(/--!>/);
  });
});
