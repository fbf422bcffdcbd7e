import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlGate } from '../gates/html';
import { siteContext } from '../gates/lib/site-context';
import { buildCopy, copyProject, project } from './project-copy';

// Bad input that only a whole build can show: hostile text in a source, and pages the build must
// refuse. Bad source files alone are unit cases in tests/fixtures/archive/ (tests/unit/read-archive.test.ts).
const fixture = (name: string) => join(project, 'tests/fixtures/bad-input', name);
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project with one more page in content/pages. */
function withPage(page: string): string {
  const dir = copyProject('bad-page');
  copies.push(dir);
  cpSync(page, join(dir, 'content/pages', page.split('/').at(-1)!));
  return dir;
}

describe('hostile text in a source is rendered as inert text', () => {
  it('escapes markup, keeps MDX-like braces and a 100 KB line as text, and stays valid HTML', async () => {
    const dir = copyProject('hostile-source', {
      'content/sources': 'tests/fixtures/bad-input/hostile-source',
      'content/pages': 'tests/fixtures/bad-input/minimal-pages',
    });
    copies.push(dir);
    const { status, output } = buildCopy(dir);
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/sources/hostile/index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    // No element was created from the text: only escaped text, no tag or handler attribute.
    expect(main).not.toMatch(/<script|<img|<[^>]*\sonerror=|<a href="javascript/i);
    expect(main).toContain('&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; after the script.');
    expect(main).toContain('Close early: &lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(main).toContain('MDX-like: {props.secret} {`${1+1}`} import x from &#39;y&#39;; export const z = 1; &lt;Component prop={1} /&gt; {/* c */}');
    expect(main).toContain('Entities: &amp;amp; &amp;lt;b&amp;gt; &amp;#x3C;script&amp;#x3E; and a stray } and {.');
    expect(main).toContain(`A very long line: ${'x'.repeat(102400)} end of the long line.`);
    const { findings } = await htmlGate.run(siteContext(join(dir, 'dist')));
    expect(findings).toEqual([]);
  });
});

describe('bad pages stop the build with file:line:col, what is wrong, how to fix', () => {
  it('raw HTML in Markdown is rejected (bare inert tags pass)', () => {
    const { status, output } = buildCopy(withPage(join(fixture('raw-html-page'), 'raw-html.md')));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/pages\/raw-html\.md:11:14 {2}Raw HTML is not allowed here: <img> \(<img src=x onerror=alert\(1\)>\)\.\n {2}hint: Write it in Markdown instead/,
    );
    expect(output).not.toMatch(/Raw HTML is not allowed here: <(abbr|sub)>/);
  });

  it('missing or wrong frontmatter names the file, the fields and the fix', () => {
    const { status, output } = buildCopy(withPage(join(fixture('missing-frontmatter'), 'missing.md')));
    expect(status).not.toBe(0);
    // Checked before Astro's content layer (which would say file:0:0): the first missing field, located.
    expect(output).toMatch(
      /content\/pages\/missing\.md:1:1 {2}Frontmatter is missing `description`\.\n {2}hint: Every field is described in src\/schemas\/page-frontmatter\.ts/,
    );
  });
});
