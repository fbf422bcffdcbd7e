import { describe, expect, it } from 'vitest';
import { precacheFor, requestPath } from './precache';

const file = (path: string, text = path) => ({ path, bytes: new TextEncoder().encode(text) });

describe('requestPath', () => {
  it('asks for directories, not their index.html', () => {
    expect(requestPath('index.html')).toBe('');
    expect(requestPath('sources/cluley/index.html')).toBe('sources/cluley/');
    expect(requestPath('404.html')).toBe('404.html');
    expect(requestPath('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
  });
});

describe('precacheFor', () => {
  const files = [
    file('sources/cluley/index.html'),
    file('index.html'),
    file('_astro/x.js'),
    file('pagefind/pagefind.js'),
    file('pagefind/pagefind-ui.js'),
    file('pagefind/pagefind-component-ui.css'),
    file('pagefind/wasm.unknown.pagefind'),
    file('pagefind/wasm.en.pagefind'),
    file('sw.js'),
    file('_headers'),
    file('_redirects'),
  ];

  it('lists the site, its assets and the search index under the base, and skips unused Pagefind files and host settings', () => {
    expect(precacheFor(files, '/sub/').urls).toEqual([
      '/sub/_astro/x.js',
      '/sub/',
      '/sub/pagefind/pagefind.js',
      '/sub/pagefind/wasm.en.pagefind',
      '/sub/sources/cluley/',
    ]);
  });

  it('versions by content: same files, same version; one changed byte, a new one', () => {
    const a = precacheFor(files, '/').version;
    expect(precacheFor([...files].reverse(), '/').version).toBe(a);
    expect(
      precacheFor(
        files.map((f) => (f.path === 'index.html' ? file('index.html', 'changed') : f)),
        '/',
      ).version,
    ).not.toBe(a);
  });

  it('ignores files it does not cache when versioning', () => {
    const a = precacheFor(files, '/').version;
    expect(
      precacheFor(
        files.map((f) => (f.path === 'sw.js' ? file('sw.js', 'other') : f)),
        '/',
      ).version,
    ).toBe(a);
  });
});
