import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, project } from './project-copy';

// One build names every error of every file, sorted by file and line, each once with its hint,
// and a count; then it fails. Copies of the project with the citation fixture corpus and pages or
// sources that are wrong in several ways at once (tests/fixtures/errors).
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function corpusCopy(): string {
  const dir = copyProject('all-errors', { content: 'tests/fixtures/corpus-citations' });
  copies.push(dir);
  return dir;
}

/** The error lines (`file:line:col  reason`) of a build's output, in the order printed. */
const errorLines = (output: string) => [...output.matchAll(/^content\/\S+ {2}.*$/gm)].map((m) => m[0]);

/** Each error is printed once: its hint once, no Astro "Hint:" and no empty "Stack trace:" beside it. */
function expectPrintedOnce(output: string, count: number) {
  expect(output.match(/^ {2}hint: /gm)?.length, output).toBe(count);
  expect(output).not.toMatch(/Hint:/);
  expect(output).not.toMatch(/Stack trace:\s*\n\s*\n/);
}

describe('a build with many errors', () => {
  it('lists every citation, quotation and uncited-sentence error of every page, sorted, with a count', () => {
    const dir = corpusCopy();
    for (const page of ['errors-a.md', 'errors-b.md']) cpSync(join(project, 'tests/fixtures/errors/pages', page), join(dir, 'content/pages', page));
    const { status, output } = buildCopy(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('8 errors in the pages:');
    expect(errorLines(output)).toEqual([
      'content/pages/errors-a.md:9:39  The quoted words do not occur in report ¶1: “suppliers must hand over source code”.',
      'content/pages/errors-a.md:9:111  Source "report" has no paragraph 9.',
      'content/pages/errors-a.md:11:22  The quoted words “strengthen security” are not in the passage this sentence cites (report ¶2).',
      'content/pages/errors-a.md:11:77  The quoted words “front door” are not in the passage this sentence cites (report ¶3).',
      'content/pages/errors-a.md:13:18  The quoted words do not occur in blog ¶1: “require foreign firms … sold to banks”.',
      'content/pages/errors-a.md:15:23  Unknown source "nosuch".',
      'content/pages/errors-b.md:9:1  Sentence with no citation: “This sentence cites nothing.”.',
      'content/pages/errors-b.md:11:28  The quoted words “safe” are not in the passage this sentence cites (blog c2).',
    ]);
    expectPrintedOnce(output, 8);
    // The hints say what to do: where the words are, and how to quote with an omission.
    expect(output).toContain('hint: Closest match in ¶2: ““strengthen cybersecurity””. Quotes must be verbatim');
    expect(output).toContain(
      'hint: Each part occurs in the passage, but a citation\'s quote is one unbroken run of the passage\'s words, so it cannot leave words out with “…”. Quote one part ([@blog ¶1 "require foreign firms"])',
    );
    expect(output).toContain('hint: Known sources: blog, report.');
  });

  it('lists every wrong curation rule of every source', () => {
    const dir = corpusCopy();
    rmSync(join(dir, 'content/sources'), { recursive: true });
    cpSync(join(project, 'tests/fixtures/errors/bad-rules'), join(dir, 'content/sources'), { recursive: true });
    const { status, output } = buildCopy(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('3 errors in the sources:');
    expect(errorLines(output)).toEqual([
      'content/sources/blog.yaml:12:5  Rule 2: line 4 holds only blank lines, so the rule matches nothing.',
      'content/sources/report.yaml:11:5  Rule 2: line 40 is past the end of the text (7 lines).',
      'content/sources/report.yaml:12:5  Rule 3: line 1 is already handled by rule 1 (title).',
    ]);
    expectPrintedOnce(output, 3);
  });

  it('checks the raw texts against SHA256SUMS: a changed text and an unlisted one are named', () => {
    const dir = corpusCopy();
    const sources = join(dir, 'content/sources');
    const sha = (name: string) =>
      createHash('sha256')
        .update(readFileSync(join(sources, name)))
        .digest('hex');
    // The list as archived; then one text is edited and the other was never listed.
    writeFileSync(join(sources, 'SHA256SUMS'), `${sha('report.txt')}  report.txt\n`);
    writeFileSync(join(sources, 'report.txt'), readFileSync(join(sources, 'report.txt'), 'utf8').replace('Monday', 'Tuesday'));
    const { status, output } = buildCopy(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('2 errors in the sources:');
    expect(errorLines(output)).toEqual([
      'content/sources/blog.txt  The text is not in content/sources/SHA256SUMS, so nothing shows it is the archived original.',
      expect.stringMatching(
        /^content\/sources\/report\.txt {2}The text has changed since it was archived: its SHA-256 is \w{12}…, content\/sources\/SHA256SUMS:1 says \w{12}…\.$/,
      ),
    ]);
  });
});
