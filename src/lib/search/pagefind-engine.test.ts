import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { pagefindEngine } from './pagefind-engine';

// A stand-in for the `pagefind.js` a build writes: it records what the engine asks of it, on
// globalThis, and answers from `globalThis.pagefindAnswer`.
const dir = mkdtempSync(join(tmpdir(), 'pagefind-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'pagefind.js'),
  `const record = (...call) => globalThis.pagefindCalls.push(call);
export async function options(o) { record('options', o); }
export async function init() { record('init'); }
export async function filters() { record('filters'); return {}; }
export async function search(term, o) { record('search', term, o); return globalThis.pagefindAnswer; }
export async function preload(term) { record('preload', term); }
`,
);
// A Pagefind still initialising, as 1.6 behaves: calls made before its worker has started (30 ms
// here) wait for it, then reach it together; an empty preload (what the engine probes readiness
// with) returns only once \`globalThis.pagefindReady\` resolves (Pagefind's WebAssembly is ready).
mkdirSync(join(dir, 'slow'));
writeFileSync(
  join(dir, 'slow', 'pagefind.js'),
  `let started;
const record = async (...call) => { await started; globalThis.pagefindCalls.push([...call, performance.now()]); };
export async function init() { started = new Promise((done) => setTimeout(done, 30)); }
export async function options(o) { await record('options', o); }
export async function search(term, o) { await record('search', term, o); return globalThis.pagefindAnswer; }
export async function preload(term) { await record('preload', term); if (term === '') await globalThis.pagefindReady; }
`,
);
const world = globalThis as { pagefindCalls?: unknown[][]; pagefindAnswer?: unknown; pagefindReady?: Promise<void> };
const result = (url: string, score: number) => ({
  id: url,
  score,
  data: async () => (world.pagefindCalls!.push(['data', url]), { url, excerpt: `<mark>bank</mark> ${url}`, meta: { title: `Title ${url}` } }),
});

describe('pagefindEngine', () => {
  beforeEach(() => {
    world.pagefindCalls = [];
    world.pagefindAnswer = {
      results: ['/a/', '/b/', '/c/'].map((u, i) => result(u, 3 - i)),
      filters: { kind: { explainer: 2 }, site: { Gazette: 1 } },
      totalFilters: { kind: { explainer: 2, source: 4 } },
      unfilteredResultCount: 6,
    };
  });
  const engine = pagefindEngine({ bundleUrl: `${pathToFileURL(dir).href}/`, baseUrl: '/sub/' });

  it('loads Pagefind once, with the base (and no cache tag: its entry file is always this build’s), before the first search, and the filter files only for the facets', async () => {
    await engine.search('bank', {});
    await engine.search('rules', {});
    const setup = world.pagefindCalls!.filter(([name]) => name === 'options' || name === 'filters');
    expect(setup).toEqual([['options', { baseUrl: '/sub/', excerptLength: 24 }]]);
    await Promise.all([engine.loadFacets!(), engine.loadFacets!()]);
    expect(world.pagefindCalls!.filter(([name]) => name === 'filters')).toEqual([['filters']]);
    const names = world.pagefindCalls!.map(([name]) => name);
    expect(names.slice(0, 2)).toEqual(['init', 'options']);
    const terms = world.pagefindCalls!.filter(([name]) => name === 'search').map(([, term]) => term);
    expect(new Set(terms)).toEqual(new Set(['bank', 'rules']));
  });

  it('passes the chosen filters, loads fragments only for the hits it returns, and counts and facets them all', async () => {
    const response = await engine.search('bank', { kind: 'explainer' }, { limit: 2 });
    const searches = world.pagefindCalls!.filter(([name]) => name === 'search');
    expect(searches[0]).toEqual(['search', 'bank', { filters: { kind: 'explainer' } }]);
    expect(response.hits).toHaveLength(2);
    expect(world.pagefindCalls!.filter(([name]) => name === 'data')).toHaveLength(2);
    expect(response.total).toBe(3);
    expect(response.hits.map((h) => h.title)).toEqual(['Title /a/', 'Title /b/']);
    expect(response.facets).toEqual({ kind: { explainer: 2 }, topic: {}, site: { Gazette: 1 } });
  });

  it('takes totals and facet counts from the group searches, and runs no search with a word left out when the full matches fill the list', async () => {
    const response = await engine.search('bank rules', {}, { limit: 4 });
    const terms = world.pagefindCalls!.filter(([name]) => name === 'search').map(([, term]) => term);
    expect(terms).toEqual(['bank rules', 'bank rules']);
    expect(response.total).toBe(6);
    expect(response.facets).toEqual({ kind: { explainer: 2, source: 4 }, topic: {}, site: {} });
  });

  it('looks for partial matches where a group has room for them', async () => {
    world.pagefindAnswer = { ...(world.pagefindAnswer as object), results: [result('/a/', 1)] };
    const response = await engine.search('bank rules', {}, { limit: 4 });
    const terms = world.pagefindCalls!.filter(([name]) => name === 'search').map(([, term]) => term);
    expect(terms.sort()).toEqual(['bank', 'bank', 'bank rules', 'bank rules', 'rules', 'rules']);
    expect(response.hits).toHaveLength(2);
  });

  it('initialises Pagefind when warmed, before any search, and stops asking whether it is ready once it is', async () => {
    const fresh = pagefindEngine({ bundleUrl: `${pathToFileURL(dir).href}/`, baseUrl: '/' });
    await fresh.warm!();
    await new Promise((done) => setTimeout(done, 60));
    expect(world.pagefindCalls).toEqual([['init'], ['options', { baseUrl: '/', excerptLength: 24 }], ['preload', '']]);
  });

  it('sends a search typed while Pagefind initialises once Pagefind is ready, asking every 10 ms through its 50 ms retry', async () => {
    let ready!: () => void;
    world.pagefindReady = new Promise<void>((resolve) => (ready = resolve));
    const slow = pagefindEngine({ bundleUrl: `${pathToFileURL(dir).href}/slow/`, baseUrl: '/' });
    const searched = slow.search('bank', {});
    const probes = () => world.pagefindCalls!.filter(([name, term]) => name === 'preload' && term === '').map((call) => call.at(-1) as number);
    await expect.poll(() => probes().length).toBe(5);
    await new Promise((done) => setTimeout(done, 30));
    expect(probes()).toHaveLength(5);
    // They reach Pagefind spread over its retry period, not queued up together behind its start.
    expect(probes().at(-1)! - probes()[0]!).toBeGreaterThanOrEqual(30);
    expect(world.pagefindCalls!.some(([name]) => name === 'search')).toBe(false);
    ready();
    expect((await searched).hits.length).toBeGreaterThan(0);
    expect(world.pagefindCalls!.filter(([name]) => name === 'search').map(([, term]) => term)).toEqual(['bank', 'bank']);
  });

  it('groups pages before sources and keeps sources apart by the kind filter', async () => {
    await engine.search('bank', {});
    const filters = world.pagefindCalls!.filter(([name]) => name === 'search').map(([, , o]) => (o as { filters: unknown }).filters);
    expect(filters).toContainEqual({ not: { kind: 'source' } });
    expect(filters).toContainEqual({ kind: 'source' });
  });

  it('preloads the index for the words typed so far, leaving out beginnings of one or two letters', async () => {
    engine.preload!('encryption ke');
    engine.preload!('zero days');
    engine.preload!('a b');
    await expect
      .poll(() => world.pagefindCalls!.filter(([name]) => name === 'preload'))
      .toEqual([
        ['preload', 'encryption'],
        ['preload', 'zero days'],
      ]);
    expect(world.pagefindCalls!.some(([name]) => name === 'search')).toBe(false);
  });

  it('answers nothing when Pagefind says a newer search superseded this one', async () => {
    world.pagefindAnswer = null;
    const response = await engine.search('bank', {});
    expect(response.hits).toEqual([]);
    expect(response.total).toBe(0);
    expect(response.facets).toEqual({ kind: {}, topic: {}, site: {} });
  });
});
