import { describe, expect, it } from 'vitest';
import { EDITION_SEARCH_NOTE } from './edition-files';
import { editionPage, moduleScripts, scriptKey } from './edition-page';

const html = `<!doctype html><html lang="en"><head>
<meta http-equiv="content-security-policy" content="script-src 'self'">
<link rel="stylesheet" href="/sub/_astro/a.css"><link rel="canonical" href="https://x.org/sub/about/">
<link rel="modulepreload" href="/sub/_astro/dep.js">
<script type="module" src="/sub/_astro/entry.js"></script>
<script type="module">import "/sub/_astro/x.js"; console.log("<b>")</script>
</head><body><a href="/sub/">Home</a> <a href="../sources/s/#p2">¶2</a> <a href="#fn-1">1</a> <a href="https://elsewhere.org/">out</a>
<div class="search-panel"><form action="/sub/search/"></form><p role="status"></p><ol></ol></div>
<footer><p><a href="/sub/offline-edition.zip" download data-edition-download>Download for offline reading</a><span data-edition-size></span></p></footer>
<template><a href="/sub/glossary/">in a template</a></template>
</body></html>`;

describe('moduleScripts', () => {
  it('finds module scripts by file and inline', () => {
    expect(moduleScripts(html)).toEqual([{ src: '/sub/_astro/entry.js' }, { code: 'import "/sub/_astro/x.js"; console.log("<b>")' }]);
  });
});

describe('editionPage', () => {
  const seen: string[] = [];
  const classicScript = (s: Parameters<typeof scriptKey>[0]) => (seen.push(scriptKey(s)), `_astro/bundle-${seen.length - 1}.classic.js`);
  const out = editionPage(html, { file: 'about/index.html', base: '/sub/', classicScript, editionLabel: 'Offline edition.' });

  it('replaces module scripts by deferred classic bundles and drops module preloads', () => {
    expect(out).toContain('<script src="../_astro/bundle-0.classic.js" defer=""></script>');
    expect(out).toContain('<script src="../_astro/bundle-1.classic.js" defer=""></script>');
    expect(out).not.toContain('type="module"');
    expect(out).not.toContain('modulepreload');
  });

  it('makes every internal link relative and name its index.html, and leaves the rest', () => {
    expect(out).toContain('href="../_astro/a.css"');
    expect(out).toContain('<a href="../index.html">Home</a>');
    expect(out).toContain('href="../sources/s/index.html#p2"');
    expect(out).toContain('href="#fn-1"');
    expect(out).toContain('href="https://elsewhere.org/"');
    expect(out).toContain('href="https://x.org/sub/about/"');
    expect(out).toContain('action="../search/index.html"');
    expect(out).toContain('href="../glossary/index.html"');
  });

  it('records the way to the root, notes the coarser search, and replaces the download link', () => {
    expect(out).toContain('<html lang="en" data-edition-root="../">');
    expect(out).toContain(`<p class="search-edition-note muted">${EDITION_SEARCH_NOTE}</p><p role="status">`);
    expect(out).toContain('<span class="edition-label">Offline edition.</span>');
    expect(out).not.toContain('offline-edition.zip');
  });

  it('asks for a bundle for each module script, by file or by code', () => {
    expect(seen).toEqual(['src:/sub/_astro/entry.js', 'code:import "/sub/_astro/x.js"; console.log("<b>")']);
  });
});

describe('editionPage on markup as parsers read it', () => {
  const options = { file: 'a/b/index.html', base: '/', classicScript: () => '_astro/x.classic.js', editionLabel: 'Edition & more' };

  it('leaves every byte it has no reason to change as it was', () => {
    const page = `<!DOCTYPE html>\n<HTML lang=en>\n<!-- <a href="/x/"> --><body class='c'>  <p>one<p>two &amp; <b>three</b>\n</body></html>`;
    expect(editionPage(page, options)).toBe(page.replace('<HTML lang=en>', '<HTML lang=en data-edition-root="../../">'));
  });

  it('gives a page without an <html> tag one, after the doctype', () => {
    const page = '<!doctype html><title>Redirecting to: /x/</title><meta http-equiv="refresh" content="0;url=/x/"><a href="/x/">/x/</a>';
    expect(editionPage(page, options)).toBe(
      '<!doctype html><html data-edition-root="../../"><title>Redirecting to: /x/</title><meta http-equiv="refresh" content="0;url=/x/"><a href="../../x/index.html">/x/</a>',
    );
  });

  it('reads attribute values with their entities and quotes, and writes them back escaped', () => {
    const out = editionPage(
      `<html><a HREF='/s/?q=a&amp;b=&quot;c&quot;'>x</a><img src=/i.png alt=""><svg><use xlink:href="/icons.svg#i"/></svg></html>`,
      options,
    );
    expect(out).toContain('<a href="../../s/index.html?q=a&amp;b=%22c%22">x</a>');
    expect(out).toContain('<img src="../../i.png" alt="">');
    expect(out).toContain('<use xlink:href="../../icons.svg#i"/>');
  });

  it('does not read tags inside script, style or title text', () => {
    const page = '<html><title><a href="/t/"></title><style>a[href="/s/"]{}</style><script>document.write(\'<a href="/j/">\')</script></html>';
    expect(editionPage(page, options)).toBe(page.replace('<html>', '<html data-edition-root="../../">'));
  });

  it('replaces elements whole inside the search panel and still finds its status line', () => {
    const page = `<html><div class="search-panel"><p>open paragraph<script type="module">x()</script><a data-edition-download href="/e.zip"><b>Download</b></a><div role="status"></div></div></html>`;
    expect(editionPage(page, options)).toBe(
      `<html data-edition-root="../../"><div class="search-panel"><p>open paragraph<script src="../../_astro/x.classic.js" defer=""></script><span class="edition-label">Edition &amp; more</span><p class="search-edition-note muted">${EDITION_SEARCH_NOTE}</p><div role="status"></div></div></html>`,
    );
  });

  it('puts the note at the end of a search panel without a status line', () => {
    const out = editionPage('<html><section class="x search-panel"><input data-edition-download><form></form></section><p>after</p></html>', options);
    expect(out).toBe(
      `<html data-edition-root="../../"><section class="x search-panel"><span class="edition-label">Edition &amp; more</span><form></form><p class="search-edition-note muted">${EDITION_SEARCH_NOTE}</p></section><p>after</p></html>`,
    );
  });
});
