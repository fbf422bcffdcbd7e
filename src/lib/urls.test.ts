import { describe, expect, it } from 'vitest';
import { joinBase, pagePath, sourcePath } from './urls';

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
