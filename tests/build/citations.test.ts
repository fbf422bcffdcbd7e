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
import { buildCopy, copyProject } from './project-copy';

// Builds a copy of the project with two test pages (tests/fixtures/citation-pages) once, checks
// every citation in the result, then tampers with one quoted word and checks that the build fails
// precisely and leaves the good dist/ alone. Slow (two builds): run by vitest.build.config.ts.
let dir = '';

interface CitationEntry {
  page: string;
  pageUrl: string;
  note: number;
  refId: string;
  sourceId: string;
  paragraphId: string;
  quote?: string;
  verified: boolean;
}

// Only the fixture pages: the real pages cite the archive too and would change the counts checked below.
const copyWithFixturePages = () => copyProject('citations', { 'content/pages': 'tests/fixtures/citation-pages' });
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
      ['citation-test', 1, 'cluley', 'p2'],
      ['citation-test', 1, 'cluley', 'p2'],
      ['citation-test', 2, 'cluley', 'p4'],
      ['citation-test', 4, 'cluley', 'c2'],
      ['citation-test', 5, 'esecurityplanet', 'p1'],
      ['citation-test', 5, 'cluley', 'p2'],
      ['citation-test-mdx', 1, 'esecurityplanet', 'p1'],
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
    const cluley = page('/sources/cluley/');
    const p2 = toString(select('[id="p2"] .cited-in', cluley)!);
    expect(p2).toContain('Citation test page, notes 1 (a, b), 5');
    expect(selectAll('[id="p2"] .cited-in a', cluley).map((a) => a.properties['href'])).toEqual(
      expect.arrayContaining(['/citation-test/#user-content-fnref-cite-1', '/citation-test/#user-content-fnref-cite-1-2']),
    );
    expect(toString(select('[id="p3"]', cluley)!)).toContain('Not cited');
    expect(toString(select('[id="c2"] .cited-in', cluley)!)).toContain('Citation test page, note 4');
    const row = selectAll('tbody tr', page('/sources/')).find((tr) => select('a[href="/sources/cluley/"]', tr))!;
    expect(selectAll('td', row).map((td) => toString(td))).toContain('2 / 14'); // p2 and p4
  });

  it('keeps the words around notes apart and renders comment citations as reader comments', () => {
    const html = readFileSync(join(dir, 'dist/citation-test/index.html'), 'utf8');
    expect(html).toMatch(/source code\.<sup><a [^>]*>1<\/a><\/sup> The rules were/);
    const notes = toString(select('.footnotes', page('/citation-test/'))!);
    expect(notes).toContain('reader comment 2 on Graham Cluley (undated)');
    expect(notes).toContain('Written by the author, not a citation.');
    const mdx = toString(select('.footnotes', page('/citation-test-mdx/'))!);
    expect(mdx).toContain('eSecurity Planet (undated), ¶1: “submit to audits”');
  });
});

describe('a tampered quote', () => {
  it('fails the build with file, line and reason, and leaves the previous dist/ byte-identical', () => {
    const before = hashTree(join(dir, 'dist'));
    const file = join(dir, 'content/pages/citation-test.md');
    const original = readFileSync(file, 'utf8');
    const lineNo = original.split('\n').findIndex((line) => line.includes('intended to strengthen cybersecurity')) + 1;
    writeFileSync(file, original.replace('intended to strengthen cybersecurity', 'intended to strengthen security'));

    const second = build(dir);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(`content/pages/citation-test.md:${lineNo}:`);
    expect(second.output).toContain('The quoted words do not occur in cluley ¶4');
    expect(second.output).toContain('Closest match in ¶4');
    expect(existsSync(join(dir, 'dist'))).toBe(true);
    expect(hashTree(join(dir, 'dist'))).toEqual(before);
  });
});
