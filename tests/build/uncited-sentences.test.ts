import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from './project-copy';

// The build prints one count of uncited sentences per written page and fails above zero.
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** `page.md n` pairs from every "uncited sentences:" line the build printed. */
function counts(output: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of output.split('\n')) {
    const list = /uncited sentences: (.*) \(total \d+\)/.exec(line)?.[1];
    for (const item of list?.split(', ') ?? []) {
      const [page, n] = item.split(' ');
      found.set(page!, Number(n));
    }
  }
  return found;
}

describe('uncited sentences', () => {
  it('are 0 on every page of the corpus', () => {
    const dir = copyProject('uncited-corpus');
    dirs.push(dir);
    const result = buildCopy(dir);
    expect(result.status, result.output).toBe(0);
    const pages = readdirSync(join(dir, 'content/pages'))
      .filter((name) => /\.mdx?$/.test(name))
      .sort();
    const printed = counts(result.output);
    expect([...printed.keys()].sort()).toEqual(pages);
    for (const page of pages) expect(printed.get(page), page).toBe(0);
  });

  it('fail the build at each uncited claim of a fixture page, counting them', () => {
    const dir = copyProject('uncited-fixture', { content: 'tests/fixtures/uncited' });
    dirs.push(dir);
    const result = buildCopy(dir);
    expect(result.status).not.toBe(0);
    expect(counts(result.output).get('index.md')).toBe(2);
    expect(result.output).toContain('content/pages/index.md:15:1  Sentence with no citation: “Boat owners were told to move their boats.”.');
    expect(result.output).toContain('hint: Cite the passage it rests on ([@source ¶4]).');
    expect(result.output).toMatch(/content\/pages\/index\.md:20:1 {2}Sentence with no citation: “Boats must move \| —”/);
    expect(result.output).not.toContain('This page is a test');
    expect(result.output).not.toContain('The harbour office promised');
  });
});
