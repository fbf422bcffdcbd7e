import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
export async function filters() { record('filters'); return {}; }
export async function search(term, o) { record('search', term, o); return globalThis.pagefindAnswer; }
`,
);
const world = globalThis as { pagefindCalls?: unknown[][]; pagefindAnswer?: unknown };
const result = (url: string) => ({
  data: async () => (world.pagefindCalls!.push(['data', url]), { url, excerpt: `<mark>bank</mark> ${url}`, meta: { title: `Title ${url}` } }),
});

describe('pagefindEngine', () => {
  beforeEach(() => {
    world.pagefindCalls = [];
    world.pagefindAnswer = { results: ['/a/', '/b/', '/c/'].map(result), filters: { kind: { explainer: 2 }, site: { Gazette: 1 } } };
  });
  const engine = pagefindEngine({ bundleUrl: `${pathToFileURL(dir).href}/`, baseUrl: '/sub/', cacheTag: 'tag-1', limit: 2 });

  it('loads Pagefind once, with the base, the cache tag and its filters, before the first search', async () => {
    await engine.search('bank', {});
    await engine.search('rules', {});
    const calls = world.pagefindCalls!.filter(([name]) => name !== 'data');
    expect(calls).toEqual([
      ['options', { baseUrl: '/sub/', metaCacheTag: 'tag-1', excerptLength: 24 }],
      ['filters'],
      ['search', 'bank', { filters: {} }],
      ['search', 'rules', { filters: {} }],
    ]);
  });

  it('passes the chosen filters, loads only `limit` results, and counts and facets them all', async () => {
    const response = await engine.search('bank', { kind: 'explainer' });
    expect(world.pagefindCalls!.find(([name]) => name === 'search')).toEqual(['search', 'bank', { filters: { kind: 'explainer' } }]);
    expect(world.pagefindCalls!.filter(([name]) => name === 'data')).toEqual([
      ['data', '/a/'],
      ['data', '/b/'],
    ]);
    expect(response.total).toBe(3);
    expect(response.hits.map((h) => [h.url, h.title])).toEqual([
      ['/a/', 'Title /a/'],
      ['/b/', 'Title /b/'],
    ]);
    expect(response.facets).toEqual({ kind: { explainer: 2 }, topic: {}, site: { Gazette: 1 } });
  });

  it('answers nothing when Pagefind says a newer search superseded this one', async () => {
    world.pagefindAnswer = null;
    expect(await engine.search('bank', {})).toEqual({ hits: [], total: 0, facets: { kind: {}, topic: {}, site: {} } });
  });
});
