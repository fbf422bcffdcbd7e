import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { foldWhitespace } from '../../src/lib/text';
import { readPage } from './read-dist';

const sources = readArchive('content/sources');

describe('the built archive', () => {
  it('has a page per source, listed in the sources table', () => {
    const table = readPage('/sources/');
    const links = selectAll('tbody th a', table).map((a) => a.properties?.['href']);
    expect(links.sort()).toEqual(sources.map((s) => `/sources/${s.id}/`).sort());
  });

  it.each(sources.map((s) => [s.id, s] as const))('%s shows every article paragraph exactly once, verbatim', (_id, source) => {
    const page = readPage(`/sources/${source.id}/`);
    const blocks = selectAll('section[aria-labelledby="article"] .para', page);
    expect(blocks.map((b) => b.properties?.['id'])).toEqual(source.paragraphs.map((p) => p.id));
    blocks.forEach((block, i) => {
      const text = foldWhitespace(
        selectAll('p, pre', block)
          .map((p) => toString(p))
          .join(' '),
      );
      expect(text.startsWith(source.paragraphs[i]!.text)).toBe(true);
    });
    // Counted in the article section only: a reader comment may quote a whole paragraph (Cluley's c3 does).
    const bodyText = foldWhitespace(
      selectAll('section[aria-labelledby="article"]', page)
        .map((s) => toString(s))
        .join(' '),
    );
    for (const p of source.paragraphs) expect(bodyText.split(p.text).length - 1, `${source.id} ${p.id}`).toBe(1);
  });

  it.each(sources.filter((s) => s.comments.length).map((s) => [s.id, s] as const))('%s keeps reader comments in their own section', (_id, source) => {
    const page = readPage(`/sources/${source.id}/`);
    expect(selectAll('section[aria-labelledby="comments"] article.comment', page).map((c) => c.properties?.['id'])).toEqual(source.comments.map((c) => c.id));
  });
});
