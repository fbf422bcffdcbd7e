import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { indexArchive } from '../../src/lib/verify-citation';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkVerifyAttribution } from '../../src/markdown/remark-verify-attribution';
import { remarkVerifyProseQuotes } from '../../src/markdown/remark-verify-prose-quotes';

// The real pipeline (gfm, smartypants) in the order astro.config.mjs runs it, over a fixture
// archive whose paragraphs mix an outlet's narration with two people's direct speech.
const root = resolve('tests/fixtures/attribution');
const sourcesDir = join(root, 'sources');
const index = indexArchive(readArchive(sourcesDir));
const markdown = await createMarkdownProcessor({
  remarkPlugins: [
    [remarkVerifyProseQuotes, { index }],
    [remarkVerifyAttribution, { index }],
    [remarkCitations, { index }],
  ],
  syntaxHighlight: false,
});
const render = (file: string) => markdown.render(readFileSync(file, 'utf8'), { fileURL: pathToFileURL(file), frontmatter: {} });
const cases = readdirSync(join(root, 'cases')).sort();

describe('remark-verify-attribution on fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(root, 'cases', name);
    const input = join(dir, 'input.md');
    const hintFile = join(dir, 'expected-hint');
    if (!existsSync(hintFile)) {
      await expect(render(input)).resolves.toBeTruthy();
      return;
    }
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = render(input);
    await expect(failure).rejects.toMatchObject({ name: 'SourcebookError', hint: readFileSync(hintFile, 'utf8').trim() });
    await expect(failure).rejects.toThrow(`tests/fixtures/attribution/cases/${readFileSync(join(dir, 'expected-at'), 'utf8').trim()}  `);
    log.mockRestore();
  });

  it('names the speaker in the note when the cited words are their direct speech', async () => {
    const { code } = await render(join(root, 'cases', 'direct-speech', 'input.md'));
    expect(code).toContain('Dana Morrow, quoted by Example Wire (4 May 2016), <a href="/sources/wire/#p1">¶1</a>: “Every crate');
    expect(code).toContain('Morrow, quoted by Example Wire (4 May 2016), <a href="/sources/wire/#p2">¶2</a>');
    // The outlet's narration stays the outlet's.
    expect(code).toContain('<p>Example Wire (4 May 2016), <a href="/sources/wire/#p1">¶1</a>: “a long, slow overhaul');
  });
});
