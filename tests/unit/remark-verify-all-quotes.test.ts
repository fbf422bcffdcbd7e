import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { indexArchive } from '../../src/lib/verify-citation';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkVerifyAllQuotes } from '../../src/markdown/remark-verify-all-quotes';
import { remarkVerifyProseQuotes } from '../../src/markdown/remark-verify-prose-quotes';

// The real pipeline (gfm, smartypants) in astro.config.mjs's order, over the attribution archive.
const sourcesDir = resolve('tests/fixtures/attribution/sources');
const index = indexArchive(readArchive(sourcesDir));
const root = resolve('tests/fixtures/quotes');
const markdown = await createMarkdownProcessor({
  remarkPlugins: [
    [remarkVerifyAllQuotes, { index }],
    [remarkVerifyProseQuotes, { index }],
    [remarkCitations, { index }],
  ],
  syntaxHighlight: false,
});
const render = (file: string) => markdown.render(readFileSync(file, 'utf8'), { fileURL: pathToFileURL(file), frontmatter: {} });

describe('remark-verify-all-quotes on fixtures', () => {
  it.each(readdirSync(root).sort())('%s', async (name) => {
    const input = join(root, name, 'input.md');
    const at = join(root, name, 'expected-at');
    if (!existsSync(at)) {
      const { code } = await render(input);
      expect(code).not.toContain('[!term]');
      return;
    }
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = render(input);
    await expect(failure).rejects.toThrow(`tests/fixtures/quotes/${readFileSync(at, 'utf8').trim()}  The quoted words`);
    await expect(failure).rejects.toMatchObject({ name: 'SourcebookError', hint: expect.stringContaining('write [!term] right before the opening mark') });
    log.mockRestore();
  });
});
