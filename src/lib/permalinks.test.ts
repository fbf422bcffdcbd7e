import { describe, expect, it } from 'vitest';
import { addNewAnchors, parseManifest, planPermalinks, publishedAnchors, resolveAlias, serializeManifest, type PermalinkManifest } from './permalinks';

const built = (pages: Record<string, string[]>) => new Map(Object.entries(pages).map(([p, ids]) => [p, new Set(ids)]));
const fileFor = (path: string) => `content/pages${path.replace(/\/$/, '')}.md`;
const manifest = (pages: Record<string, string[]>, aliases: Record<string, string> = {}): PermalinkManifest => ({ pages, aliases });

describe('planPermalinks', () => {
  it('passes when every published page and anchor is still built', () => {
    const plan = planPermalinks(manifest({ '/fares/': ['rises'] }), built({ '/fares/': ['rises', 'new-one'], '/': [] }), fileFor);
    expect(plan.problems).toEqual([]);
    expect(plan.unlisted).toBe(1);
  });

  it('names the page, the anchor and the fix when an anchor would vanish', () => {
    const plan = planPermalinks(manifest({ '/fares/': ['rises', 'falls'] }), built({ '/fares/': ['rises'] }), fileFor);
    expect(plan.problems.map((p) => p.message)).toEqual([expect.stringContaining('content/pages/fares.md  The published anchor /fares/#falls would vanish')]);
    expect(plan.problems[0]!.hint).toContain('{#falls}');
    expect(plan.problems[0]!.hint).toContain('"aliases": { "/fares/#falls": "/fares/#its-new-id" }');
  });

  it('names a page that would vanish', () => {
    const plan = planPermalinks(manifest({ '/old/': [] }), built({ '/': [] }), fileFor);
    expect(plan.problems[0]!.message).toContain('The published page /old/ would vanish');
  });

  it('with an alias, plans the old anchor at its new place and a redirect for a moved page', () => {
    const plan = planPermalinks(
      manifest(
        { '/fares/': ['falls', 'gone'], '/old/': ['x'] },
        { '/fares/#falls': '/fares/#fares-fall', '/fares/#gone': '/other/#here', '/old/': '/other/', '/old/#x': '/other/#here' },
      ),
      built({ '/fares/': ['fares-fall'], '/other/': ['here'] }),
      fileFor,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.fragments.get('/fares/')).toEqual([
      { id: 'falls', to: '/fares/#fares-fall' },
      { id: 'gone', to: '/other/#here' },
    ]);
    expect(plan.redirects).toEqual([{ from: '/old/', to: '/other/', fragments: { x: '/other/#here' } }]);
  });

  it('refuses an alias to something the build does not have', () => {
    const plan = planPermalinks(manifest({ '/fares/': ['falls'] }, { '/fares/#falls': '/fares/#nowhere' }), built({ '/fares/': [] }), fileFor);
    expect(plan.problems[0]!.message).toContain('leads to /fares/#nowhere, which this build does not have');
  });
});

describe('resolveAlias', () => {
  it('follows chains and stops at cycles', () => {
    expect(resolveAlias({ '/a/': '/b/', '/b/': '/c/' }, '/a/')).toBe('/c/');
    expect(resolveAlias({ '/a/': '/b/', '/b/': '/a/' }, '/a/')).toBeUndefined();
    expect(resolveAlias({}, '/a/')).toBeUndefined();
  });
});

describe('the manifest', () => {
  it('only grows, and is written sorted', () => {
    const { manifest: next, added } = addNewAnchors(manifest({ '/b/': ['z', 'old'] }), built({ '/b/': ['a', 'z'], '/a/': ['q'] }));
    expect(added).toBe(3);
    expect(next.pages['/b/']).toEqual(expect.arrayContaining(['old', 'z', 'a']));
    expect(serializeManifest(next)).toBe(
      `{\n  "aliases": {},\n  "pages": {\n    "/a/": [\n      "q"\n    ],\n    "/b/": [\n      "a",\n      "old",\n      "z"\n    ]\n  }\n}\n`,
    );
  });

  it('is checked when read', () => {
    expect(parseManifest('{"aliases": {}, "pages": {"/": ["a"]}}').pages['/']).toEqual(['a']);
    expect(() => parseManifest('{')).toThrow(/not valid JSON/);
    expect(() => parseManifest('{"pages": []}')).toThrow(/needs "aliases"/);
  });
});

describe('publishedAnchors', () => {
  it('takes ids from the indexed main text, not from scripts, forms or the Cite block', () => {
    const html =
      '<header id="top"></header><main id="main" data-pagefind-body><h2 id="a">A</h2><p id="para-b">B</p><script>x.innerHTML = \'<h2 id="in-script">\'</script><form><input id="q"></form><aside class="cite-this" data-cite-block><h2 id="cite-this">Cite</h2></aside><a id="ref-x-1" href="#note-x-1">1</a></main>';
    expect(publishedAnchors(html)).toEqual(['a', 'para-b', 'ref-x-1']);
    expect(publishedAnchors('<main id="main"><h2 id="a">A</h2></main>')).toEqual([]);
  });
});
