import { describe, expect, it } from 'vitest';
import { headingIdsOnly } from './heading-anchors';

describe('headingIdsOnly', () => {
  it('keeps the ids of headings and drops every other id', () => {
    const html =
      '<h2 id="key-points">Key points</h2><ul><li id="item-a" class="x">A</li></ul><p id=para-b>B<a id="fnref-1" href="#fn-1">1</a></p><H3 ID="Up">Up</H3>';
    expect(headingIdsOnly(html)).toBe('<h2 id="key-points">Key points</h2><ul><li class="x">A</li></ul><p>B<a href="#fn-1">1</a></p><H3 ID="Up">Up</H3>');
  });

  it('leaves other attributes alone, also ones whose names or values contain "id"', () => {
    const html = `<div data-id="1" title="an id=&quot;x&quot; > here" hidden><img src="a.png" alt="id='y'" id='z' /></div>`;
    expect(headingIdsOnly(html)).toBe(`<div data-id="1" title="an id=&quot;x&quot; > here" hidden><img src="a.png" alt="id='y'" /></div>`);
  });

  it('changes nothing in a page without ids', () => {
    const html = '<!doctype html><html lang="en"><body data-pagefind-body><p>Text &lt;p id="no"&gt;</p></body></html>';
    expect(headingIdsOnly(html)).toBe(html);
  });
});
