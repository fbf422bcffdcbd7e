import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableTables } from './rehype-scrollable-tables';

const run = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeScrollableTables).use(rehypeStringify).processSync(html));

describe('rehypeScrollableTables', () => {
  it('wraps a table in a focusable region named by its header row', () => {
    expect(run('<table><thead><tr><th>Claim</th><th>Source</th></tr></thead></table>')).toBe(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Claim, Source"><table><thead><tr><th>Claim</th><th>Source</th></tr></thead></table></div>',
    );
  });

  it('prefers the caption and wraps nested content only once', () => {
    const out = run('<p>x</p><table><caption>The matrix</caption><tr><td>a</td></tr></table>');
    expect(out).toContain('aria-label="Table: The matrix"');
    expect(out.match(/table-scroll/g)).toHaveLength(1);
  });
});
