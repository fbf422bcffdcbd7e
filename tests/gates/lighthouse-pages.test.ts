import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lighthousePages } from './lighthouse';

// A built site of its own: the pages must come from what the build wrote, not from known names.
const dist = mkdtempSync(join(tmpdir(), 'lighthouse-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (path: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), '<!doctype html>');
};

describe('lighthousePages', () => {
  it('is only the home page for a site without sources or citations', () => {
    page('');
    expect(lighthousePages(dist)).toEqual(['']);
  });

  it('adds the first source page and the page with the most citations', () => {
    for (const path of ['sources/zeta', 'sources/alpha', 'one', 'two']) page(path);
    mkdirSync(join(dist, 'sources/no-page'));
    const cited = ['index', 'index', 'index', 'one', 'two', 'two'].map((p) => ({ page: p }));
    writeFileSync(join(dist, 'citations.json'), JSON.stringify({ citations: cited }));
    expect(lighthousePages(dist)).toEqual(['', 'sources/alpha/', 'two/']);
  });
});
