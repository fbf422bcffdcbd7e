import { describe, expect, it } from 'vitest';
import { metadataPairs, pageRoute, routeConflicts } from './page-routes';

const show = (p: string) => `content/pages/${p}`;

describe('pageRoute', () => {
  it('matches the glob loader: slugged segments, index dropped', () => {
    expect(pageRoute('index.md')).toBe('');
    expect(pageRoute('About Us.md')).toBe('about-us');
    expect(pageRoute('guide/index.mdx')).toBe('guide');
    expect(pageRoute('sources/x.md')).toBe('sources/x');
  });
});

describe('routeConflicts', () => {
  it('names both pages that share an address', () => {
    expect(routeConflicts(['dupe.mdx', 'dupe.md', 'ok.md'], [], show)).toEqual([
      { file: 'content/pages/dupe.mdx', other: 'content/pages/dupe.md', route: 'dupe' },
    ]);
    expect(routeConflicts(['A b.md', 'a-b.md'], [], show)).toHaveLength(1);
  });
  it('names the part of the site that owns a reserved address', () => {
    const found = routeConflicts(['sources.md', 'search.md', 'sources/x.md', 'pagefind.md', 'sourcesx.md'], [], show);
    expect(found.map((c) => [c.file, c.other])).toEqual([
      ['content/pages/pagefind.md', expect.stringContaining('search index')],
      ['content/pages/search.md', 'src/pages/search.astro'],
      ['content/pages/sources.md', expect.stringContaining('src/pages/sources/')],
      ['content/pages/sources/x.md', expect.stringContaining('src/pages/sources/')],
    ]);
  });
  it('names a file from public/ at the same address', () => {
    expect(routeConflicts(['_headers.md', 'x.md'], ['_headers'], show)).toEqual([
      { file: 'content/pages/_headers.md', other: 'public/_headers', route: '_headers' },
    ]);
  });
});

describe('metadataPairs', () => {
  it('finds x.yaml beside x.yml', () => {
    expect(metadataPairs(['a.txt', 'a.yaml', 'a.yml', 'b.yaml', 'b.txt'])).toEqual([['a.yaml', 'a.yml']]);
  });
});
