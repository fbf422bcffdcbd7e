import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { containsQuote } from '../../src/lib/text';
import type { CitationMapEntry } from '../../src/pages/citations.json';
import { buildCopy, copyProject } from './project-copy';

// Builds a copy of the project with a corpus of its own (tests/fixtures/corpus-citations) once, checks
// every citation in the result, then tampers with one quoted word and checks that the build fails
// precisely and leaves the good dist/ alone. Slow (two builds): run by vitest.build.config.ts.
let dir = '';

type CitationEntry = CitationMapEntry;

// A corpus of its own, so the counts below hold whatever the real content/ holds.
const copyWithFixturePages = () => copyProject('citations', { content: 'tests/fixtures/corpus-citations' });
const build = (cwd: string) => buildCopy(cwd);

function hashTree(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return hashes;
}

const page = (path: string) => fromHtml(readFileSync(join(dir, 'dist', path.replace(/^\//, '').replace(/#.*$/, ''), 'index.html'), 'utf8'));

beforeAll(() => {
  dir = copyWithFixturePages();
  const first = build(dir);
  expect(first.output).toContain('Build swapped into');
  expect(first.status, first.output).toBe(0);
});

afterAll(() => {
  if (dir && !process.env['KEEP_BUILD_TEST_DIR']) rmSync(dir, { recursive: true, force: true });
});

describe('a site with citations', () => {
  it('lists every citation in citations.json, and each one holds in the built pages', () => {
    const { citations } = JSON.parse(readFileSync(join(dir, 'dist/citations.json'), 'utf8')) as { citations: CitationEntry[] };
    const testPages = citations.filter((c) => c.page.startsWith('citation-test'));
    expect(testPages.map((c) => [c.page, c.note, c.sourceId, c.paragraphId])).toEqual([
      ['citation-test', 1, 'report', 'p1'],
      ['citation-test', 1, 'report', 'p1'],
      ['citation-test', 2, 'report', 'p2'],
      ['citation-test', 4, 'blog', 'c2'],
      ['citation-test', 5, 'blog', 'p1'],
      ['citation-test', 5, 'report', 'p1'],
      ['citation-test-mdx', 1, 'blog', 'p1'],
    ]);
    const archive = new Map(readArchive(join(dir, 'content/sources'), dir).map((s) => [s.id, s]));
    for (const c of citations) {
      expect(c.verified).toBe(true);
      const ref = select(`[id="${c.refId}"]`, page(c.pageUrl)) as Element | undefined;
      expect(ref, `${c.page} ${c.refId}`).toBeDefined();
      expect(toString(ref!)).toBe(String(c.note));
      // The note links to a paragraph that exists, and the quote occurs in that paragraph.
      const source = page(`/sources/${c.sourceId}/`);
      const target = select(`[id="${c.paragraphId}"]`, source);
      expect(target, `${c.sourceId}#${c.paragraphId}`).toBeDefined();
      const note = select(`[id="${(ref!.properties['href'] as string).slice(1)}"]`, page(c.pageUrl))!;
      expect(selectAll('a', note).map((a) => a.properties['href'])).toContain(`/sources/${c.sourceId}/#${c.paragraphId}`);
      const s = archive.get(c.sourceId)!;
      const text = c.paragraphId.startsWith('p')
        ? s.paragraphs.find((p) => p.id === c.paragraphId)!.text
        : s.comments.find((x) => x.id === c.paragraphId)!.paragraphs.join(' ');
      if (c.quote) expect(containsQuote(text, c.quote), c.quote).toBe(true);
      // And the paragraph links back to this very reference.
      expect(selectAll('.cited-in a', target!).map((a) => a.properties['href'])).toContain(`${c.pageUrl}#${c.refId}`);
    }
  });

  it('gives a note referenced twice a and b back-links, and marks uncited paragraphs', () => {
    const report = page('/sources/report/');
    const p1 = toString(select('[id="p1"] .cited-in', report)!);
    expect(p1).toContain('Citation test page, notes 1 (a, b), 5');
    // Reference ids are named by what the note cites (src/lib/passage-ids.ts), the second one `-2`.
    const first = selectAll('[id="p1"] .cited-in a', report)
      .map((a) => String(a.properties['href']))
      .find((h) => /^\/citation-test\/#ref-report-p1-[0-9a-z]{4}$/.test(h));
    expect(first).toBeDefined();
    expect(selectAll('[id="p1"] .cited-in a', report).map((a) => a.properties['href'])).toContain(`${first}-2`);
    expect(toString(select('[id="p3"]', report)!)).toContain('Not cited');
    const blog = page('/sources/blog/');
    expect(toString(select('[id="c2"] .cited-in', blog)!)).toContain('Citation test page, note 4');
    const row = selectAll('tbody tr', page('/sources/')).find((tr) => select('a[href="/sources/report/"]', tr))!;
    expect(selectAll('td', row).map((td) => toString(td))).toContain('2 / 3'); // p1 and p2
  });

  it('keeps the words around notes apart and renders comment citations as reader comments', () => {
    const html = readFileSync(join(dir, 'dist/citation-test/index.html'), 'utf8');
    expect(html).toMatch(/source code\.<sup><a [^>]*>1<\/a><\/sup> The rules were/);
    const notes = toString(select('.footnotes', page('/citation-test/'))!);
    expect(notes).toContain('reader comment 2 on Blog (undated)');
    expect(notes).toContain('Written by the author, not a citation.');
    const mdx = toString(select('.footnotes', page('/citation-test-mdx/'))!);
    expect(mdx).toContain('Blog (undated), ¶1: “require foreign firms to build backdoors”');
  });
});

describe('a tampered quote', () => {
  it('fails the build with file, line and reason, and leaves the previous dist/ byte-identical', () => {
    const before = hashTree(join(dir, 'dist'));
    const file = join(dir, 'content/pages/citation-test.md');
    const original = readFileSync(file, 'utf8');
    const lineNo = original.split('\n').findIndex((line) => line.includes('described the rules as necessary')) + 1;
    writeFileSync(file, original.replace('described the rules as necessary', 'described the rules as needed'));

    const second = build(dir);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(`content/pages/citation-test.md:${lineNo}:`);
    expect(second.output).toContain('The quoted words do not occur in report ¶2');
    expect(second.output).toContain('Closest match in ¶2');
    expect(existsSync(join(dir, 'dist'))).toBe(true);
    expect(hashTree(join(dir, 'dist'))).toEqual(before);
  });
});
