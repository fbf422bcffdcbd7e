import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableTables } from './rehype-scrollable-tables';

const run = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeScrollableTables).use(rehypeStringify).processSync(html));
const labels = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);

describe('rehypeScrollableTables', () => {
  it('wraps a table in a focusable section named by its header row when nothing else names it', () => {
    expect(run('<table><thead><tr><th>Claim</th><th>Source</th></tr></thead></table>')).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Table: Claim, Source"><table><thead><tr><th>Claim</th><th>Source</th></tr></thead></table></section>',
    );
  });

  it('prefers the caption, then the heading above', () => {
    expect(labels(run('<h2>Ignored</h2><table><caption>The matrix</caption><tr><td>a</td></tr></table>'))).toEqual(['Table: The matrix']);
    expect(labels(run('<h3>What the rules require</h3><p>x</p><table><tr><th>a</th></tr></table>'))).toEqual(['Table: What the rules require']);
  });

  it('keeps labels unique within a page and wraps each table once', () => {
    const out = run('<h2>Same</h2><table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>');
    expect(labels(out)).toEqual(['Table: Same', 'Table: Same (2)']);
    expect(out.match(/<section/g)).toHaveLength(2);
  });
});
