import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { indexArchive } from '../../src/lib/verify-citation';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkVerifyProseQuotes } from '../../src/markdown/remark-verify-prose-quotes';

// `[@src line 1]` cites the raw lines the curation left out, starting at line 1 (here the masthead).
const sourcesDir = resolve('tests/fixtures/lock/sources');
const index = indexArchive(readArchive(sourcesDir));
const markdown = await createMarkdownProcessor({
  remarkPlugins: [
    [remarkVerifyProseQuotes, { index }],
    [remarkCitations, { index }],
  ],
  syntaxHighlight: false,
});
const render = (body: string) => markdown.render(body, { fileURL: pathToFileURL(resolve('tests/fixtures/line-citation.md')), frontmatter: {} });

describe('citing an omitted raw line', () => {
  it('verifies the quote against the omitted block and links to it', async () => {
    const { code } = await render('The masthead reads "Harbour Almanac".[@almanac line 1 "Harbour Almanac"]');
    expect(code).toContain('Almanac (Harbour Almanac, undated), <a href="/sources/almanac/#line1">line 1</a>: “Harbour Almanac”.');
  });

  it('rejects a line where no omitted block starts, and words that are not on it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render('Nothing.[@almanac line 2]')).rejects.toThrow('Source "almanac" has no omitted block starting at line 2.');
    await expect(render('The masthead reads "Harbour Gazette".[@almanac line1]')).rejects.toThrow(/The quoted words “Harbour Gazette” are not in the passage/);
    log.mockRestore();
  });
});
