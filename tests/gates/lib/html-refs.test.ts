import { describe, expect, it } from 'vitest';
import { cssUrls, htmlFacts } from './html-refs';

describe('htmlFacts', () => {
  it('collects ids, a[name] anchors and every fetching attribute with its line', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/s.css"><style>b{background:url("/i.png")}</style></head>\n<body><p id="p1"><a name="old"></a><a href="#p1">x</a>\n<img src="a.png" srcset="a.png 1x, b.png 2x" alt=""><form action="/f"></form><span style="background:url(c.png)"></span></p></body></html>';
    const facts = htmlFacts(html);
    expect([...facts.ids]).toEqual(['p1', 'old']);
    expect(facts.refs.map((r) => [r.where, r.value, r.line])).toEqual([
      ['link[href]', '/s.css', 1],
      ['style url()', '/i.png', 1],
      ['a[href]', '#p1', 2],
      ['img[src]', 'a.png', 3],
      ['img[srcset]', 'a.png 1x, b.png 2x', 3],
      ['form[action]', '/f', 3],
      ['span[style] url()', 'c.png', 3],
    ]);
  });
});

describe('cssUrls', () => {
  it('reads quoted, unquoted url() and @import', () => {
    expect(cssUrls(`@import "x.css"; a{b:url(y.png)} c{d:url( 'z.svg' )}`)).toEqual(['x.css', 'y.png', 'z.svg']);
  });
});
