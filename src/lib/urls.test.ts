import { describe, expect, it } from 'vitest';
import { joinBase, normaliseBase, pagePath, siteOrigin, sourcePath } from './urls';

describe('joinBase', () => {
  it('prefixes the base and keeps one slash between parts', () => {
    expect(joinBase('/', 'sources/')).toBe('/sources/');
    expect(joinBase('/repo', '/sources/cluley')).toBe('/repo/sources/cluley/');
    expect(joinBase('/repo/', '')).toBe('/repo/');
  });

  it('adds a trailing slash to page paths but not to files', () => {
    expect(joinBase('/', 'about')).toBe('/about/');
    expect(joinBase('/', 'citations.json')).toBe('/citations.json');
    expect(joinBase('/sub/', 'pagefind/pagefind.js')).toBe('/sub/pagefind/pagefind.js');
    expect(joinBase('/', 'pagefind/index/en_2c3deb8.pf_index')).toBe('/pagefind/index/en_2c3deb8.pf_index');
  });

  it('keeps fragments after the slash', () => {
    expect(joinBase('/repo/', 'sources/cluley#p4')).toBe('/repo/sources/cluley/#p4');
    expect(joinBase('/', 'sources/cluley/#c2')).toBe('/sources/cluley/#c2');
  });
});

describe('sourcePath and pagePath', () => {
  it('make base-relative paths that joinBase completes', () => {
    expect(joinBase('/sub/', sourcePath('cluley', 'p4'))).toBe('/sub/sources/cluley/#p4');
    expect(joinBase('/', pagePath('index', 'user-content-fnref-cite-1'))).toBe('/#user-content-fnref-cite-1');
    expect(joinBase('/sub', pagePath('bank-rules'))).toBe('/sub/bank-rules/');
  });
});

describe('normaliseBase', () => {
  it('always gives /…/', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('sub')).toBe('/sub/');
    expect(normaliseBase('/sub')).toBe('/sub/');
    expect(normaliseBase('//a//b//')).toBe('/a/b/');
  });
  it('refuses what a URL must escape, naming the variable', () => {
    expect(() => normaliseBase('/a b/')).toThrow(/^environment variable SITE_BASE {2}SITE_BASE="\/a b\/" is not a usable base path.*\n {2}hint:/);
    expect(() => normaliseBase('/a%20b/')).toThrow(/SITE_BASE/);
    expect(() => normaliseBase('/../x/')).toThrow(/SITE_BASE/);
  });
});

describe('siteOrigin', () => {
  it('names SITE_URL when it is not an absolute http(s) URL', () => {
    expect(siteOrigin(undefined, 'https://d.invalid')).toBe('https://d.invalid');
    expect(siteOrigin('https://example.org', 'x')).toBe('https://example.org');
    expect(() => siteOrigin('not-a-url', 'x')).toThrow(/^environment variable SITE_URL {2}SITE_URL="not-a-url" is not an absolute http\(s\) URL\.\n {2}hint:/);
    expect(() => siteOrigin('ftp://x.org', 'x')).toThrow(/SITE_URL/);
  });
});
