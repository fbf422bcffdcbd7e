import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitationMapEntry } from '../../src/pages/citations.json';
import { buildCopy, copyProject } from './project-copy';

// A corpus of its own (tests/fixtures/corpus-locators): a licence whose headings the archive
// recognises (TERMS AND CONDITIONS, 1., 2., 2.1, 3.) and a news report dated to the month, cited
// by section, by paragraph within a section, by global paragraph and by quote alone. Then the
// pages of bad-pages/ are added, one wrong citation each, and the build must name every one.
let dir = '';
const NBSP = '\u00A0';
const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const page = (path: string) => fromHtml(read(`${path.replace(/^\//, '')}index.html`));

beforeAll(() => {
  dir = copyProject('locators', { content: 'tests/fixtures/corpus-locators' });
  const first = buildCopy(dir);
  expect(first.status, first.output).toBe(0);
});

afterAll(() => {
  if (dir && !process.env['KEEP_BUILD_TEST_DIR']) rmSync(dir, { recursive: true, force: true });
});

describe('citations by section, by paragraph within a section and by quote alone', () => {
  it('resolve to the archive passage, which citations.json, the links and the back-references share', () => {
    const { citations } = JSON.parse(read('citations.json')) as { citations: CitationMapEntry[] };
    expect(citations.map((c) => [c.note, c.sourceId, c.paragraphId, c.locator ?? null])).toEqual([
      [1, 'licence', 's2', `§${NBSP}2`],
      [2, 'licence', 'p4', `§${NBSP}2, ¶${NBSP}2`],
      [3, 'licence', 'p5', `§${NBSP}2.1, ¶${NBSP}2`],
      [4, 'licence', 'p6', null],
      [5, 'licence', 'p5', `§${NBSP}2.1, ¶${NBSP}2`],
      [6, 'news', 'p1', '¶1'],
    ]);
    const html = page('/locators/');
    const links = selectAll('.footnotes li a[href^="/sources/"]', html).map((a) => a.properties['href']);
    expect(links).toEqual([
      '/sources/licence/#s2',
      '/sources/licence/#p4',
      '/sources/licence/#p5',
      '/sources/licence/#p6',
      '/sources/licence/#p5',
      '/sources/news/#p1',
    ]);
    const licence = page('/sources/licence/');
    for (const c of citations.filter((c) => c.paragraphId.startsWith('p'))) {
      const source = c.sourceId === 'licence' ? licence : page('/sources/news/');
      const target = select(`[id="${c.paragraphId}"]`, source) as Element | undefined;
      expect(target, c.paragraphId).toBeDefined();
      expect(selectAll('.cited-in a', target!).map((a) => a.properties['href'])).toContain(`${c.pageUrl}#${c.refId}`);
    }
    // A section citation lands on the section's heading, which lists it as cited.
    const section = citations.find((c) => c.paragraphId === 's2')!;
    expect(select('h3[id="s2"], h4[id="s2"], h5[id="s2"], h6[id="s2"]', licence), 'heading #s2').toBeDefined();
    expect(selectAll('section[aria-labelledby="s2"] > .cited-in a', licence).map((a) => a.properties['href'])).toEqual([`${section.pageUrl}#${section.refId}`]);
    // The lock holds what the citations resolved to, section included.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'content/citations.lock'), 'utf8')).passages)).toEqual([
      'licence p4',
      'licence p5',
      'licence p6',
      'licence s2',
      'news p1',
    ]);
  });

  it('print the locator the author used, in the form a lawyer writes it, and the date as precise as the text', () => {
    const notes = selectAll('.footnotes li', page('/locators/')).map((li) =>
      toString(li)
        .replace(/\s*↩.*$/s, '')
        .trim(),
    );
    expect(notes[0]).toBe(`Harbour Licence (harbour.example, January 2004), §${NBSP}2.`);
    expect(notes[1]).toBe(`Harbour Licence (harbour.example, January 2004), §${NBSP}2, ¶${NBSP}2: “royalty-free patent licence”.`);
    expect(notes[2]).toBe(`Harbour Licence (harbour.example, January 2004), §${NBSP}2.1, ¶${NBSP}2.`);
    expect(notes[3]).toBe('Harbour Licence (harbour.example, January 2004), ¶6: “ends if You break its terms”.');
    expect(notes[4]).toBe(`Harbour Licence (harbour.example, January 2004), §${NBSP}2.1, ¶${NBSP}2: “defend that licence in court”.`);
    expect(notes[5]).toBe('Harbour Gazette (March 2015), ¶1: “may now be copied by anyone”.');
  });
});

describe('metadata for a licence', () => {
  it('shows kind, version, publisher, the month and the original address on the source page and in the list', () => {
    const meta = select('dl.meta', page('/sources/licence/'))!;
    const rows = Object.fromEntries(selectAll('dt', meta).map((dt, i) => [toString(dt), toString(selectAll('dd', meta)[i]!).trim()]));
    expect(rows).toMatchObject({
      Kind: 'licence',
      Version: '2',
      Publisher: 'Harbour Foundation',
      Site: 'harbour.example',
      Date: 'January 2004 — The text says "January 2004" and no day.',
      Original: 'https://harbour.example/licences/hpl-2.txt — archived from there on 30 November 2026',
    });
    expect(select('dl.meta a[href="https://harbour.example/licences/hpl-2.txt"]', page('/sources/licence/'))).toBeDefined();
    const list = toString(select('table', page('/sources/'))!);
    expect(list).toContain('January 2004');
    expect(list).toContain('March 2015');
    expect(list).not.toMatch(/1 January 2004|1 March 2015/);
  });

  it('cites the original at its own address, with its version, publisher and month, in the citation files', () => {
    const [original, copy] = JSON.parse(read('sources/licence/cite.json')) as Array<Record<string, unknown>>;
    expect(original).toMatchObject({
      type: 'document',
      issued: { 'date-parts': [[2004, 1]] },
      version: '2',
      publisher: 'Harbour Foundation',
      URL: 'https://harbour.example/licences/hpl-2.txt',
      accessed: { 'date-parts': [[2026, 11, 30]] },
    });
    expect(copy).toMatchObject({ URL: expect.stringMatching(/\/sources\/licence\/$/) });
    expect(copy).not.toHaveProperty('accessed');
  });
});

describe('a wrong locator or quote', () => {
  it('fails the build with file:line:col, the reason and a hint for each', () => {
    const bad = join(dir, 'content/bad-pages');
    for (const name of readdirSync(bad)) cpSync(join(bad, name), join(dir, 'content/pages', name));
    const result = buildCopy(dir);
    expect(result.status).not.toBe(0);
    const { output } = result;
    expect(output).toContain('content/pages/unknown-section.md:9:33  Source "licence" has no section §9.');
    expect(output).toContain('Its numbered sections are §1, §2, §2.1, §3. See /sources/licence/.');
    expect(output).toContain('content/pages/past-section.md:9:36  Section §3 of licence has 1 paragraph, so §3 ¶2 names none.');
    expect(output).toContain('Cite §3 ¶1–¶1, or the whole section as [@licence §3]. See /sources/licence/#s3.');
    expect(output).toContain(
      'content/pages/ambiguous-quote.md:9:33  The quoted words occur in 3 passages of licence, so the quote alone does not say which is meant: “Each contributor grants You”.',
    );
    expect(output).toContain(
      'They occur in §2 ¶1 “Each contributor grants You a perpetual, worldwide copyright…”; §2.1 ¶1 “Each contributor grants You a royalty-free patent licence…”; §2.1 ¶2',
    );
    expect(output).toContain(
      'content/pages/missing-quote.md:9:29  The quoted words do not occur in any passage of licence: “a royalty-free copyright licence”.',
    );
    expect(output).toMatch(/hint: Closest match in §2(\.1)? ¶1: “/);
    expect(output).toContain('content/pages/section-in-words.md:9:35  Expected a paragraph, section or comment locator after "@licence"');
    expect(output).toContain('hint: Write a section with the sign §: [@licence §2].');
  });
});
