import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { htmlGate } from '../gates/html';
import { buildEnv, runCommand } from '../gates/lib/run-command';
import { siteContext } from '../gates/lib/site-context';

/** One folder per kind of bad input in tests/fixtures/bad-input/; each test names its folder. */
const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/bad-input', name);
const archiveError = (name: string) => {
  try {
    readArchive(fixture(name), root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`readArchive accepted the ${name} fixture`);
};

describe('broken source metadata stops with file:line:col, what is wrong, how to fix', () => {
  const cases: [string, RegExp][] = [
    [
      'malformed-yaml',
      /^tests\/fixtures\/bad-input\/malformed-yaml\/broken\.yaml:\d+:\d+ {2}Malformed YAML: .*quote.*\n {2}hint: Check indentation and quoting/,
    ],
    [
      'wrong-metadata',
      /^tests\/fixtures\/bad-input\/wrong-metadata\/nometa\.yaml:1:1 {2}Invalid metadata in `title`: .*\n {2}hint: See src\/schemas\/source-meta\.ts/,
    ],
    [
      'duplicate-id',
      /^tests\/fixtures\/bad-input\/duplicate-id\/b\.yaml:1:1 {2}Duplicate source id "a" \(also used by a\.txt\)\.\n {2}hint: Source ids must be unique/,
    ],
    [
      'unknown-source',
      /^tests\/fixtures\/bad-input\/unknown-source\/rel\.yaml:12:29 {2}Relation 1 points at an unknown source id "nosuchsource"\.\n {2}hint: Use one of the ids in this archive \(other, rel\)/,
    ],
    [
      'curation-matches-nothing',
      /^tests\/fixtures\/bad-input\/curation-matches-nothing\/blank\.yaml:11:5 {2}Rule 1: lines 4–5 holds only blank lines, so the rule matches nothing\.\n {2}hint: Point the rule at the lines/,
    ],
    [
      'invalid-utf8',
      /^tests\/fixtures\/bad-input\/invalid-utf8\/latin1\.txt:3:4 {2}The file is not valid UTF-8 \(bad byte 0xe9 at byte 10\)\.\n {2}hint: Re-save the file as UTF-8/,
    ],
    [
      'control-characters',
      /^tests\/fixtures\/bad-input\/control-characters\/bell\.txt:3:8 {2}The text contains the invisible control character U\+0007.*\n {2}hint: Remove it/,
    ],
  ];
  for (const [name, message] of cases) {
    it(name, () => expect(archiveError(name)).toMatch(message));
  }
});

/** A throwaway copy of the project whose content is a fixture, built with the real config. */
function tempProject(sources: string, pages: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-bad-input-'));
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/pages'), { recursive: true });
  cpSync(join(root, 'content/site.yaml'), join(dir, 'content/site.yaml'));
  cpSync(join(root, 'tests/fixtures/bad-input/index.md'), join(dir, 'content/pages/index.md'));
  for (const page of pages) cpSync(page, join(dir, 'content/pages', page.split('/').at(-1)!));
  cpSync(sources, join(dir, 'content/sources'), { recursive: true });
  return dir;
}
const build = (dir: string) =>
  runCommand(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: buildEnv({ SITE_BASE: '/' }) });
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('hostile text in a source is rendered as inert text', () => {
  it('escapes markup, keeps MDX-like braces and a 100 KB line as text, and stays valid HTML', async () => {
    const dir = tempProject(fixture('hostile-source'), []);
    temps.push(dir);
    const { code, stdout, stderr } = await build(dir);
    expect(code, stdout + stderr).toBe(0);
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
  }, 180_000);
});

describe('bad pages stop the build with file:line:col, what is wrong, how to fix', () => {
  it('raw HTML in Markdown is rejected (bare inert tags pass)', async () => {
    const dir = tempProject(join(root, 'content/sources'), [join(fixture('raw-html-page'), 'raw-html.md')]);
    temps.push(dir);
    const { code, stdout, stderr } = await build(dir);
    expect(code).not.toBe(0);
    expect(stdout + stderr).toMatch(
      /content\/pages\/raw-html\.md:11:14 {2}Raw HTML is not allowed here: <img> \(<img src=x onerror=alert\(1\)>\)\.\n {2}hint: Write it in Markdown instead/,
    );
    expect(stdout + stderr).not.toMatch(/Raw HTML is not allowed here: <(abbr|sub)>/);
  }, 180_000);

  it('missing or wrong frontmatter names the file, the fields and the fix', async () => {
    const dir = tempProject(join(root, 'content/sources'), [join(fixture('missing-frontmatter'), 'missing.md')]);
    temps.push(dir);
    const { code, stdout, stderr } = await build(dir);
    const out = stdout + stderr;
    expect(code).not.toBe(0);
    // Checked before Astro's content layer (which would say file:0:0): the first missing field, located.
    expect(out).toMatch(
      /content\/pages\/missing\.md:1:1 {2}Frontmatter is missing `description`\.\n {2}hint: Every field is described in src\/schemas\/page-frontmatter\.ts/,
    );
  }, 180_000);
});
