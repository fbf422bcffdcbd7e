import { resolve } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { indexArchive } from '../../src/lib/verify-citation';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkVerifyProseQuotes } from '../../src/markdown/remark-verify-prose-quotes';

// The real Astro pipeline (gfm, smartypants) with both plugins, over the fixture archive. Each
// case pairs a sentence the plugin accepts with the smallest change it must reject, so that no
// case passes with the plugin switched off.
const index = indexArchive(readArchive(resolve('tests/fixtures/corpus-citations/sources')));
const markdown = await createMarkdownProcessor({
  remarkPlugins: [
    [remarkVerifyProseQuotes, { index }],
    [remarkCitations, { index }],
  ],
  syntaxHighlight: false,
});
const render = async (body: string) => (await markdown.render(body, { frontmatter: {} })).code;
/** The first paragraph of the rendered page, without the footnote reference's markup. */
const prose = async (body: string) => /<p>(.*?)<\/p>/s.exec(await render(body))![1]!.replace(/<sup>.*?<\/sup>/g, '[ref]');

const HINT =
  'Quote the source exactly (only spacing and the style of quote marks and dashes may differ), mark left-out words with “…”, or cite the paragraph that holds the words.';
const notInPassage = (words: string, cited: string, line: number, column: number, hint = HINT) => ({
  name: 'SourcebookError',
  file: '(Markdown without a file name)',
  line,
  column,
  reason: `The quoted words “${words}” are not in the passage${cited.includes(',') ? 's' : ''} this sentence cites (${cited}).`,
  hint,
});
const closest = (words: string) =>
  `Closest match in ¶1: “${words}”. Quotes must be verbatim; only whitespace and the style of quotes, apostrophes and dashes may differ. Mark left-out words with “…”.`;

describe('remarkVerifyProseQuotes', () => {
  // Astro's processor logs a plugin's error before rethrowing it; the assertions read it instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});

  it('accepts a quotation with the sentence’s full stop inside the quote marks, and rejects a changed word', async () => {
    expect(await prose('The rules would make firms "build backdoors into products."[@blog ¶1]')).toBe(
      'The rules would make firms “build backdoors into products.”[ref]',
    );
    await expect(render('The rules would make firms "build backdoors into phones."[@blog ¶1]')).rejects.toMatchObject(
      notInPassage('build backdoors into phones.', 'blog ¶1', 1, 29, closest('build backdoors into products')),
    );
  });

  it('checks the prose against the passage a quote alone found, and names it in the error', async () => {
    expect(await prose('Critics spoke of "a backdoor by another name".[@report "called the demand"]')).toBe(
      'Critics spoke of “a backdoor by another name”.[ref]',
    );
    await expect(render('Critics spoke of "a backdoor by any name".[@report "called the demand"]')).rejects.toMatchObject(
      notInPassage('a backdoor by any name', 'report ¶3', 1, 19, closest('a backdoor by another name.').replace('¶1', '¶3')),
    );
  });

  it('accepts an omission marked with an ellipsis when the parts occur in order', async () => {
    expect(await prose('They would "require foreign firms … sold to banks".[@blog ¶1]')).toBe('They would “require foreign firms … sold to banks”.[ref]');
    await expect(render('They would "sold to banks … require foreign firms".[@blog ¶1]')).rejects.toMatchObject(
      notInPassage('sold to banks … require foreign firms', 'blog ¶1', 1, 13),
    );
  });

  it('checks quotes inside emphasis against every passage of the group', async () => {
    expect(await prose('Firms must *"build backdoors"* and readers distrust the "secure" label.[@blog ¶1; @blog c2]')).toBe(
      'Firms must <em>“build backdoors”</em> and readers distrust the “secure” label.[ref]',
    );
    await expect(render('Firms must *"build secret backdoors"* and readers distrust the "secure" label.[@blog ¶1; @blog c2]')).rejects.toMatchObject(
      notInPassage('build secret backdoors', 'blog ¶1, blog c2', 1, 14, closest('build backdoors into')),
    );
    await expect(render('Firms must *"build backdoors"* and readers distrust the "secure" label.[@blog ¶1]')).rejects.toMatchObject(
      notInPassage('secure', 'blog ¶1', 1, 58, 'These words occur in c2 of blog: cite [@blog c2] for them.'),
    );
  });

  it('checks the prose before each group against that group only', async () => {
    expect(await prose('They want "backdoors".[@blog ¶1] Readers doubt the "secure" label.[@blog c2]')).toBe(
      'They want “backdoors”.[ref] Readers doubt the “secure” label.[ref]',
    );
    // Both quotations fail, and both are reported, each with the paragraph that holds its words.
    await expect(render('They want "backdoors".[@blog c2] Readers doubt the "secure" label.[@blog ¶1]')).rejects.toMatchObject({
      list: [
        notInPassage('backdoors', 'blog c2', 1, 12, 'These words occur in ¶1 of blog: cite [@blog ¶1] for them.'),
        notInPassage('secure', 'blog ¶1', 1, 53, 'These words occur in c2 of blog: cite [@blog c2] for them.'),
      ],
    });
  });

  it('names the paragraph of another source that holds the words', async () => {
    await expect(render('They were told to "hand over source code".[@blog ¶1]')).rejects.toMatchObject(
      notInPassage(
        'hand over source code',
        'blog ¶1',
        1,
        20,
        'These words occur in ¶1 of report, a source this sentence does not cite: cite [@report ¶1] for them.',
      ),
    );
  });

  it('locates the quote at file:line:col of the Markdown', async () => {
    await expect(render('Intro.\n\nThe rules would make firms "build secret backdoors".[@blog ¶1]')).rejects.toThrow(
      '(Markdown without a file name):3:29  The quoted words “build secret backdoors” are not in the passage this sentence cites (blog ¶1).',
    );
  });

  it('does not check prose after the last citation of a block, which has no footnote to check against', async () => {
    expect(await prose('Cited.[@blog ¶1] Then an "unsupported" aside.')).toBe('Cited.[ref] Then an “unsupported” aside.');
    await expect(render('Then an "unsupported" aside.[@blog ¶1]')).rejects.toMatchObject(notInPassage('unsupported', 'blog ¶1', 1, 10));
  });
});
