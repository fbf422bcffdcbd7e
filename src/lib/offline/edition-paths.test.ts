import { describe, expect, it } from 'vitest';
import { editionHref, editionPath, rootFrom } from './edition-paths';

describe('rootFrom', () => {
  it('climbs one folder per level', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('about/index.html')).toBe('../');
    expect(rootFrom('sources/x/index.html')).toBe('../../');
  });
});

describe('editionPath', () => {
  it('names the index.html of folders and keeps query and fragment', () => {
    expect(editionPath('/')).toBe('index.html');
    expect(editionPath('')).toBe('index.html');
    expect(editionPath('/sources/x/#p3')).toBe('sources/x/index.html#p3');
    expect(editionPath('search/?q=a#r')).toBe('search/index.html?q=a#r');
    expect(editionPath('/about')).toBe('about/index.html');
    expect(editionPath('/_astro/a.css')).toBe('_astro/a.css');
  });
});

describe('editionHref', () => {
  it('makes links under the base relative to the file that holds them', () => {
    expect(editionHref('sources/x/index.html', '/sources/', '/')).toBe('../../sources/index.html');
    expect(editionHref('index.html', '/', '/')).toBe('./index.html');
    expect(editionHref('about/index.html', '/sub/_astro/a.css', '/sub/')).toBe('../_astro/a.css');
    expect(editionHref('about/index.html', '/sub', '/sub/')).toBe('../index.html');
  });

  it('makes relative links name their index.html too', () => {
    expect(editionHref('people/index.html', '../about/#limits', '/')).toBe('../about/index.html#limits');
    expect(editionHref('sources/x/index.html', '../', '/sub/')).toBe('../../sources/index.html');
    expect(editionHref('index.html', 'about/', '/sub/')).toBe('./about/index.html');
  });

  it('leaves fragments, other sites and data URLs alone', () => {
    for (const href of ['#fn-1', 'https://example.org/a/', 'data:image/svg+xml,x', 'mailto:a@b.c', '/elsewhere/']) {
      expect(editionHref('a/index.html', href, '/sub/')).toBe(href);
    }
  });
});
