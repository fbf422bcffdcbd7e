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
