import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { locator } from './file-locator';

const dir = mkdtempSync(join(process.cwd(), '.file-locator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const node = { type: 'text', position: { start: { line: 2, column: 5, offset: 9 }, end: { line: 2, column: 6, offset: 10 } } };

describe('locator', () => {
  it('maps an offset in the body Astro passes to file:line:col in the file on disk, past the frontmatter', () => {
    const path = join(dir, 'page.md');
    writeFileSync(path, '---\ntitle: T\n---\n\nFirst line.\nSecond [@x] line.\n');
    const locate = locator(new VFile({ path, value: 'First line.\nSecond [@x] line.' }));
    expect(locate(19, node)).toEqual({ file: relative(process.cwd(), path), line: 6, column: 8 });
  });

  it('counts in the Markdown given when the file is not on disk, and names a nameless file', () => {
    expect(locator(new VFile({ path: join(dir, 'gone.md'), value: 'a\nbc' }))(3, node)).toMatchObject({ line: 2, column: 2 });
    expect(locator(new VFile({ value: 'a\nbc' }))(3, node)).toEqual({ file: '(Markdown without a file name)', line: 2, column: 2 });
  });

  it('reads the file once per page: every plugin of that page gets the same locator', () => {
    const path = join(dir, 'once.md');
    writeFileSync(path, '---\ntitle: T\n---\n\nBody.\n');
    const file = new VFile({ path, value: 'Body.' });
    const first = locator(file);
    writeFileSync(path, '---\ntitle: T\nmore: x\n---\n\nBody.\n');
    expect(locator(file)).toBe(first);
    expect(first(0, node)).toMatchObject({ line: 5, column: 1 });
    // Another page (a new file object) reads what is on disk now.
    expect(locator(new VFile({ path, value: 'Body.' }))(0, node)).toMatchObject({ line: 6, column: 1 });
  });

  it('falls back to the node’s own position without an offset', () => {
    expect(locator(new VFile({ value: 'x' }))(undefined, node)).toEqual({ file: '(Markdown without a file name)', line: 2, column: 5 });
    expect(locator(new VFile({ value: 'x' }))(undefined, { type: 'text' })).toEqual({ file: '(Markdown without a file name)' });
  });
});
