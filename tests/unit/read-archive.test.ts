import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';

// One folder per case: adding a case is adding a folder with the source files and, for a bad
// input, `expected-error` holding the start of the error message (file:line:col and the reason).
const root = resolve('tests/fixtures/archive');
const cases = readdirSync(root).filter((name) => name !== 'good');

describe('readArchive on bad input', () => {
  it.each(cases)('%s fails with a located, explained error', (name) => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, 'expected-error'), 'utf8').trim();
    let message = '';
    try {
      readArchive(dir, dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(expected);
    expect(message).toMatch(/\n {2}hint: \S/);
  });
});

describe('readArchive on good input', () => {
  it('returns metadata and curated text together', () => {
    const [source] = readArchive(join(root, 'good'), join(root, 'good'));
    expect(source).toMatchObject({ id: 'demo', title: 'Demo', headline: 'Title', file: 'a.txt', lineCount: 7 });
    expect(source?.paragraphs.map((p) => p.text)).toEqual(['Para one.', 'Para two.']);
    expect(source?.omitted).toEqual([{ from: 5, to: 5, text: 'Ad here', why: 'advert' }]);
    expect(source?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
