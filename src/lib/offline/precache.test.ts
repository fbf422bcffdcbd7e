import { describe, expect, it } from 'vitest';
import { builtFile, offlinePlan, requestPath } from './precache';

const file = (path: string, text = path) => builtFile(path, new TextEncoder().encode(text));

describe('requestPath', () => {
  it('asks for directories, not their index.html', () => {
    expect(requestPath('index.html')).toBe('');
    expect(requestPath('sources/a/index.html')).toBe('sources/a/');
    expect(requestPath('404.html')).toBe('404.html');
    expect(requestPath('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
  });
});

describe('offlinePlan', () => {
  const files = [
    file('sources/a/index.html'),
    file('index.html'),
    file('404.html'),
    file('_astro/x.js'),
    file('_astro/site.css'),
    file('pagefind/pagefind.js'),
    file('pagefind/pagefind-worker.js'),
    file('pagefind/pagefind-entry.json'),
    file('pagefind/pagefind.en_1.pf_meta'),
    file('pagefind/filter/en_2.pf_filter'),
    file('pagefind/index/en_3.pf_index'),
    file('pagefind/fragment/en_4.pf_fragment'),
    file('pagefind/pagefind-ui.js'),
    file('pagefind/pagefind-component-ui.css'),
    file('pagefind/wasm.unknown.pagefind'),
    file('pagefind/wasm.en.pagefind'),
    file('offline-edition.zip'),
    file('offline-manifest.json'),
    file('sw.js'),
    file('_headers'),
    file('_redirects'),
  ];

  it('installs only what every page and every search needs, under the base', () => {
    expect(offlinePlan(files, '/sub/').shell).toEqual([
      '/sub/_astro/site.css',
      '/sub/_astro/x.js',
      '/sub/pagefind/filter/en_2.pf_filter',
      '/sub/pagefind/pagefind-entry.json',
      '/sub/pagefind/pagefind-worker.js',
      '/sub/pagefind/pagefind.en_1.pf_meta',
      '/sub/pagefind/pagefind.js',
      '/sub/pagefind/wasm.en.pagefind',
    ]);
  });

  it('offers the whole site on request, with sizes, and never the unused Pagefind files, host settings, zip or itself', () => {
    const site = offlinePlan(files, '/').site;
    expect(site.map(([url]) => url)).toEqual([
      '/404.html',
      '/_astro/site.css',
      '/_astro/x.js',
      '/',
      '/pagefind/filter/en_2.pf_filter',
      '/pagefind/fragment/en_4.pf_fragment',
      '/pagefind/index/en_3.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.en_1.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
      '/sources/a/',
    ]);
    expect(site.find(([url]) => url === '/')?.[1]).toBe('index.html'.length);
  });

  it('versions by content and names the cache after the version', () => {
    const a = offlinePlan(files, '/');
    expect(a.cache).toBe(`sourcebook-${a.version}`);
    expect(offlinePlan([...files].reverse(), '/').version).toBe(a.version);
    expect(
      offlinePlan(
        files.map((f) => (f.path === 'index.html' ? file('index.html', 'changed') : f)),
        '/',
      ).version,
    ).not.toBe(a.version);
    expect(
      offlinePlan(
        files.map((f) => (f.path === 'sw.js' ? file('sw.js', 'other') : f)),
        '/',
      ).version,
    ).toBe(a.version);
  });
});
