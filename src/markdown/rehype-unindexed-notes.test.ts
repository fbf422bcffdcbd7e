import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeUnindexedNotes } from './rehype-unindexed-notes';

const run = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeUnindexedNotes).use(rehypeStringify).processSync(html));

describe('rehypeUnindexedNotes', () => {
  it('marks the footnote section and the reference links, nothing else', () => {
    expect(
      run('<p>Text<sup><a href="#fn-1" data-footnote-ref>1</a></sup> <a href="/x/">link</a></p><section data-footnotes class="footnotes"><ol></ol></section>'),
    ).toBe(
      '<p>Text<sup><a href="#fn-1" data-footnote-ref="" data-pagefind-ignore="">1</a></sup> <a href="/x/">link</a></p><section data-footnotes="" class="footnotes" data-pagefind-ignore="all"><ol></ol></section>',
    );
  });
});
