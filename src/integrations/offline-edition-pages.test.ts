import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCache } from './offline-cache';
import { editionPages } from './offline-edition-pages';

const dir = mkdtempSync(join(tmpdir(), 'offline-edition-pages-'));
const file = join(dir, 'pages.bin');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (text: string) => Buffer.from(`<html><body><a href="/x/">${text}</a><script type="module" src="/_astro/${text}.js"></script></body></html>`);
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString();
const options = { base: '/', editionLabel: 'Offline edition.' };

/** One build's worth: the pages made (all at once, registered in the site's order) with the cache the last build saved. */
async function build(site: ReadonlyMap<string, Uint8Array>, opts = options) {
  const cache = await openCache(file);
  const maker = editionPages(opts, cache);
  const made = await Promise.all([...site].map(([f, bytes]) => maker.page(f, bytes)));
  made.forEach((page) => maker.register(page));
  await cache.save();
  return { pages: new Map([...site.keys()].map((f, i) => [f, made[i]!.html])), scripts: maker.scripts, made: maker.made };
}

describe('editionPages', () => {
  it('rewrites a page again only when its HTML changed, and never serves the old one', async () => {
    const site = new Map([
      ['index.html', page('one')],
      ['a/index.html', page('two')],
    ]);
    const first = await build(site);
    expect(first.made).toBe(2);
    expect(text(first.pages.get('a/index.html'))).toBe(
      '<html data-edition-root="../"><body><a href="../x/index.html">two</a><script src="../_astro/two.classic.js" defer=""></script></body></html>',
    );

    const again = await build(site);
    expect(again.made).toBe(0);
    expect([...again.pages].map(([f, b]) => [f, text(b)])).toEqual([...first.pages].map(([f, b]) => [f, text(b)]));
    expect([...again.scripts]).toEqual([...first.scripts]);
    expect([...again.scripts.keys()]).toEqual(['_astro/one.classic.js', '_astro/two.classic.js']);

    site.set('a/index.html', page('three'));
    const edited = await build(site);
    expect(edited.made).toBe(1);
    expect(text(edited.pages.get('a/index.html'))).toContain('three</a><script src="../_astro/three.classic.js"');
    expect([...edited.scripts.keys()]).toEqual(['_astro/one.classic.js', '_astro/three.classic.js']);
  });

  it('rewrites every page again under another label or base', async () => {
    const site = new Map([['index.html', page('one')]]);
    await build(site);
    expect((await build(site, { ...options, editionLabel: 'Made another day.' })).made).toBe(1);
    await build(site);
    expect((await build(site, { ...options, base: '/sub/' })).made).toBe(1);
  });
});
