import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkVerifyProseQuotes } from '../../src/markdown/remark-verify-prose-quotes';

// The real Astro pipeline (gfm, smartypants) with both plugins, over the fixture archive.
const sourcesDir = resolve('tests/fixtures/citation-sources');
const markdown = await createMarkdownProcessor({
  remarkPlugins: [
    [remarkVerifyProseQuotes, { sourcesDir }],
    [remarkCitations, { sourcesDir }],
  ],
  syntaxHighlight: false,
});
const file = resolve('tests/fixtures/prose-quotes.md');
const render = (body: string) => markdown.render(body, { fileURL: pathToFileURL(file), frontmatter: {} });

describe('remarkVerifyProseQuotes', () => {
  it('accepts quotations found in the cited passage, with trailing punctuation and omissions', async () => {
    await expect(render('The rules would make firms "build backdoors into products."[@blog ¶1]')).resolves.toBeTruthy();
    await expect(render('They would "require foreign firms … sold to banks".[@blog ¶1]')).resolves.toBeTruthy();
  });

  it('checks quotes inside emphasis and across several citations of one group', async () => {
    await expect(render('Firms must *"build backdoors"* and readers distrust the "secure" label.[@blog ¶1; @blog c2]')).resolves.toBeTruthy();
  });

  it('fails with file:line:col when quoted words are not in the cited passage', async () => {
    await expect(render('Intro.\n\nThe rules would make firms "build secret backdoors".[@blog ¶1]')).rejects.toThrow(
      /tests\/fixtures\/prose-quotes\.md:3:29 {2}The quoted words “build secret backdoors” are not in the passage this sentence cites \(blog ¶1\)\./,
    );
  });

  it('does not check prose after the last citation, which has no footnote to check against', async () => {
    await expect(render('Cited.[@blog ¶1] Then an "unsupported" aside.')).resolves.toBeTruthy();
  });
});
