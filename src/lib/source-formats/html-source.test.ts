import { describe, expect, it } from 'vitest';
import { SourcebookError } from '../errors';
import { readHtml } from './html-source';
import { curateBlocks } from './structured-blocks';

const PAGE = `<!doctype html>
<html><head><title>T</title><script>x()</script></head>
<body>
<nav><a href="/">Home</a></nav>
<main>
<h1>Notice</h1>
<p>Boats run <b>hourly</b>.</p>
<ul><li>one<ul><li>one-a</li></ul></li><li><p>two</p></li></ul>
<blockquote><p>Quoted.</p></blockquote>
<pre>a  b
c</pre>
<footer>Share this</footer><nav><a href="#top">Back to top</a></nav>
<div>Loose text</div>
</main>
<footer><p>© Council</p></footer>
</body></html>`;

describe('readHtml', () => {
  it('reads the main content and lists the page chrome it leaves out, with raw line numbers', () => {
    const { blocks, dropped } = readHtml(PAGE);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Notice', depth: 1, line: 6, endLine: 6 },
      { kind: 'prose', text: 'Boats run hourly.', depth: 0, line: 7, endLine: 7 },
      { kind: 'list-item', text: 'one', depth: 1, line: 8, endLine: 8 },
      { kind: 'list-item', text: 'one-a', depth: 2, line: 8, endLine: 8 },
      { kind: 'list-item', text: 'two', depth: 1, line: 8, endLine: 8 },
      { kind: 'quote', text: 'Quoted.', depth: 0, line: 9, endLine: 9 },
      { kind: 'preformatted', text: 'a b c', lines: ['a  b', 'c'], depth: 0, line: 10, endLine: 11 },
      { kind: 'prose', text: 'Loose text', depth: 0, line: 13, endLine: 13 },
    ]);
    expect(dropped).toEqual([
      { from: 4, to: 4, text: 'Home', why: 'outside the page’s main content' },
      { from: 12, to: 12, text: 'Share this', why: 'the page’s footer' },
      { from: 12, to: 12, text: 'Back to top', why: 'the page’s navigation' },
      { from: 15, to: 15, text: '© Council', why: 'outside the page’s main content' },
    ]);
  });

  it('applies title and omit rules to blocks and refuses rules for plain text', () => {
    const input = { ...readHtml(PAGE), format: 'html' as const, ruleAt: (i: number) => ({ file: 'n.yaml', line: 5 + i, column: 3 }), lineCount: 16 };
    const out = curateBlocks({ ...input, curation: [{ rule: 'omit', pattern: '^Loose', why: 'stray text' }] });
    expect(out.paragraphs.map((p) => p.text)).not.toContain('Loose text');
    expect(out.omitted.find((o) => o.from === 13)).toEqual({ from: 13, to: 13, text: 'Loose text', why: 'stray text' });
    expect(() => curateBlocks({ ...input, curation: [{ rule: 'strip', pattern: 'x', why: 'box' }] })).toThrow(SourcebookError);
    expect(() => curateBlocks({ ...input, curation: [{ rule: 'strip', pattern: 'x', why: 'box' }] })).toThrow(
      /^n\.yaml:5:3 {2}Rule 1: `strip` applies to plain-text sources only; this source is HTML\./,
    );
    expect(() => curateBlocks({ ...input, curation: [{ rule: 'omit', lines: 3, why: 'x' }] })).toThrow(
      'Rule 1: no block of the page starts in line 3, so the rule matches nothing.',
    );
  });
});
