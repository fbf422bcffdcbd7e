import { resolve } from 'node:path';
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { describe, expect, it } from 'vitest';
import { takeMarkdownErrors } from '../../src/lib/markdown-errors';
import { readArchive } from '../../src/lib/read-archive';
import { indexArchive } from '../../src/lib/verify-citation';
import { headingLinkOptions } from '../../src/markdown/heading-links';
import { rehypePassageIds } from '../../src/markdown/rehype-passage-ids';
import { rehypePinnedIds } from '../../src/markdown/rehype-pinned-ids';
import { rehypeStableNoteIds } from '../../src/markdown/rehype-stable-note-ids';
import { remarkCitations, type CitationRecord } from '../../src/markdown/remark-citations';

// The id plugins in the order astro.config.mjs runs them, over the citation fixture sources.
const markdown = await createMarkdownProcessor({
  remarkPlugins: [[remarkCitations, { index: indexArchive(readArchive(resolve('tests/fixtures/corpus-citations/sources'))) }]],
  rehypePlugins: [rehypeStableNoteIds, rehypePinnedIds, rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinkOptions], rehypePassageIds],
  syntaxHighlight: false,
});

async function render(body: string) {
  const result = await markdown.render(body, { frontmatter: {} });
  return { tree: fromHtml(result.code, { fragment: true }), html: result.code, citations: result.metadata.frontmatter['citations'] as CitationRecord[] };
}

const noteFor = (tree: ReturnType<typeof fromHtml>, words: string) => selectAll('.footnotes li', tree).find((li) => toString(li).includes(words))!;

describe('note ids', () => {
  const before =
    'Suppliers must hand over source code.[@report ¶1 "must hand over source code"]\n\nCritics saw a backdoor.[@report ¶3; @blog ¶1 "build backdoors"] Again.[@report ¶1 "must hand over source code"]';

  it('do not move when a note is added before them', async () => {
    const first = await render(before);
    const second = await render(`A new opening sentence.[@blog ¶1]\n\n${before}`);
    for (const words of ['must hand over source code', 'build backdoors']) {
      const a = noteFor(first.tree, words);
      const b = noteFor(second.tree, words);
      expect(b.properties['id']).toBe(a.properties['id']);
    }
    // The visible numbers did move: the ids are not numbers.
    expect(toString(select('sup a', first.tree)!)).toBe('1');
    expect(toString(selectAll('sup a', second.tree)[1]!)).toBe('2');
  });

  it('link references and notes both ways, and the records follow', async () => {
    const { tree, citations } = await render(before);
    const refs = selectAll('a[data-footnote-ref]', tree) as Element[];
    expect(refs.map((a) => a.properties['id'])).toEqual([
      expect.stringMatching(/^ref-report-p1-[0-9a-z]{4}$/),
      expect.stringMatching(/^ref-report-p3-/),
      expect.stringMatching(/^ref-report-p1-[0-9a-z]{4}-2$/),
    ]);
    for (const ref of refs) {
      const note = select(`[id="${String(ref.properties['href']).slice(1)}"]`, tree)!;
      expect(note.tagName).toBe('li');
      const back = selectAll('a[data-footnote-backref]', note).map((a) => String(a.properties['href']).slice(1));
      expect(back).toContain(ref.properties['id']);
    }
    for (const c of citations) {
      expect(select(`[id="${c.refId}"]`, tree), c.refId).toBeDefined();
      expect(select(`li[id="${c.noteId}"]`, tree), c.noteId).toBeDefined();
      expect(toString(select(`[id="${c.refId}"]`, tree)!)).toBe(String(c.note));
    }
  });

  it('keep an author footnote label', async () => {
    const { tree } = await render('An aside.[^my-aside]\n\n[^my-aside]: Written by the author.');
    expect(select('li[id="note-my-aside"]', tree)).toBeDefined();
    expect(select('a[id="ref-my-aside"][href="#note-my-aside"]', tree)).toBeDefined();
  });
});

describe('passage ids', () => {
  it('name paragraphs, items and rows by their opening words', async () => {
    const { tree } = await render(
      '## Rules\n\nSuppliers must hand over source code now.[@report ¶1]\n\n- First item of the list\n- Second item\n\n| # | Claim |\n| - | - |\n| 1 | Vendors must comply |',
    );
    expect(select('p[id="para-suppliers-must-hand-over-source-code"]', tree)).toBeDefined();
    expect(select('li[id="item-first-item-of-the-list"]', tree)).toBeDefined();
    expect(select('tr[id="row-vendors-must-comply"]', tree)).toBeDefined();
    expect(selectAll('thead tr[id]', tree)).toEqual([]);
    // The note number is not part of the id, nor are the notes' own paragraphs given one.
    expect(selectAll('.footnotes p[id]', tree)).toEqual([]);
  });

  it('survive edits to other paragraphs, and number repeats in order', async () => {
    const a = await render('First paragraph with six words here.\n\nSame opening words then one.\n\nSame opening words then two.');
    const b = await render(
      'A new paragraph first, reworded.\n\nFirst paragraph with six words here, and now it ends differently.\n\nSame opening words then one.\n\nSame opening words then two.',
    );
    const ids = (t: typeof a) => selectAll('p', t.tree).map((p) => p.properties['id']);
    expect(ids(a)).toEqual(['para-first-paragraph-with-six-words-here', 'para-same-opening-words-then-one', 'para-same-opening-words-then-two']);
    expect(ids(b).slice(1)).toEqual(ids(a));
  });
});

describe('pinned ids', () => {
  it('keep a heading, paragraph or item id through rewording', async () => {
    const { tree, html } = await render('## What happened, reworded {#what-happened}\n\nA paragraph. {#the-gist}\n\n- An item {#an-item}');
    expect(select('h2[id="what-happened"]', tree)).toBeDefined();
    expect(toString(select('h2', tree)!)).toBe('What happened, reworded');
    expect(select('p[id="the-gist"]', tree)).toBeDefined();
    expect(select('li[id="an-item"]', tree)).toBeDefined();
    expect(html).not.toContain('{#');
  });

  it('stop the build on an id that looks generated, naming the place', async () => {
    takeMarkdownErrors();
    await expect(render('Text.\n\n## Heading {#para-taken}')).rejects.toThrow(/3:\d+.*starts with "para-"/);
    expect(takeMarkdownErrors()).toHaveLength(1);
  });
});
