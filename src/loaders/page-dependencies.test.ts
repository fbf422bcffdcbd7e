import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../lib/citation-lock';
import { pageDependencies } from './page-dependencies';

// A project folder holding only the page cache fixture's archive (two sources, almanac and ferry).
let root = '';
const sources = () => join(root, 'content/sources');
const edit = (name: string, change: (text: string) => string) => writeFileSync(join(sources(), name), change(readFileSync(join(sources(), name), 'utf8')));
const key = (page: string) => pageDependencies(root).keyFor(page);
const writeLock = (passages: Record<string, { sha256: string; text: string }>) =>
  writeFileSync(join(root, 'content/citations.lock'), JSON.stringify({ about: 'test', passages }));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'page-deps-'));
  cpSync('tests/fixtures/page-cache/sources', sources(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const citesAlmanac = 'The tide was high.[@almanac ¶2]';
const citesFerry = 'The ferry leaves at seven.[@ferry ¶1]';

describe('pageDependencies', () => {
  it('gives the same key for the same page and archive', () => {
    expect(key(citesAlmanac)).toBe(key(citesAlmanac));
    expect(key(citesAlmanac)).not.toBe(key(citesFerry));
  });

  it('changes the key of the pages citing a source whose curation changed, and only theirs', () => {
    const [almanac, ferry] = [key(citesAlmanac), key(citesFerry)];
    edit('almanac.yaml', (t) => `${t}  - { rule: omit, lines: 5, why: "editor's note" }\n`);
    expect(key(citesAlmanac)).not.toBe(almanac);
    expect(key(citesFerry)).toBe(ferry);
  });

  it('counts a source named anywhere in the page, even in a malformed citation', () => {
    const before = key('Broken [@ferry ¶1');
    edit('ferry.txt', (t) => t.replace('at seven', 'at eight'));
    expect(key('Broken [@ferry ¶1')).not.toBe(before);
  });

  it('follows relations: a page depends on the sources its cited sources relate to', () => {
    edit('ferry.yaml', (t) => `${t}relations:\n  - { type: cites, source: almanac }\n`);
    const before = key(citesFerry);
    edit('almanac.yaml', (t) => t.replace('site: Harbour Almanac', 'site: Harbour Almanac Weekly'));
    expect(key(citesFerry)).not.toBe(before);
  });

  it('ignores lock entries that match the source, and not ones that disagree with it', () => {
    const before = key(citesAlmanac);
    const now = 'The highest tide of the month is expected on Thursday morning.';
    writeLock({ 'almanac p2': { sha256: fingerprint(now), text: now } });
    expect(key(citesAlmanac)).toBe(before);
    writeLock({ 'almanac p2': { sha256: fingerprint('Another text.'), text: 'Another text.' } });
    expect(key(citesAlmanac)).not.toBe(before);
    expect(key(citesFerry)).toBe(pageDependencies(root).keyFor(citesFerry));
  });

  it('changes every key when the generator changes', () => {
    const before = [key(citesAlmanac), key(citesFerry)];
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
    expect([key(citesAlmanac), key(citesFerry)].filter((k, i) => k === before[i])).toEqual([]);
  });
});
