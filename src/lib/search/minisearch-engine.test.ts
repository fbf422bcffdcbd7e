import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../offline/search-documents';
import { minisearchEngine, offlineIndexData } from './minisearch-engine';

const doc = (id: number, page: number, url: string, text: string, facets: Partial<SearchDocument> = {}): SearchDocument => ({
  id, page, url, title: `Page ${page}`, section: undefined, text, kind: 'explainer', topic: 'a', site: undefined, ...facets,
});
const docs = [
  doc(0, 0, '/one/', 'Banks must hand over source code.'),
  doc(1, 0, '/one/#keys', 'Encryption keys are handed to the regulator.', { section: 'Keys' }),
  doc(2, 1, '/sources/s/#p3', 'The rules demand encryption keys too.', { kind: 'source', topic: undefined, site: 'Site' }),
  doc(3, 2, '/two/', 'Nothing about that here.', { topic: 'b' }),
];
// Through JSON, as the browser receives it.
const data = JSON.parse(JSON.stringify(offlineIndexData(docs)));
const engine = minisearchEngine({ load: async () => data, href: (p) => `ROOT${p}` });

describe('minisearchEngine', () => {
  it('finds every word of the query, one hit per page, linking to the best section', async () => {
    const r = await engine.search('encryption keys', {});
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => h.url).sort()).toEqual(['ROOT/one/#keys', 'ROOT/sources/s/#p3']);
    expect(r.hits.find((h) => h.url === 'ROOT/one/#keys')?.section).toBe('Keys');
    expect(r.hits[0]!.excerpt.some((p) => p.marked && /^encryption$/i.test(p.text))).toBe(true);
  });

  it('matches word beginnings', async () => {
    expect((await engine.search('encrypt', {})).total).toBe(2);
  });

  it('narrows by a facet and counts each value with the other choices kept', async () => {
    const r = await engine.search('encryption', { kind: 'source' });
    expect(r.hits.map((h) => h.url)).toEqual(['ROOT/sources/s/#p3']);
    expect(r.facets.kind).toEqual({ explainer: 1, source: 1 });
    expect(r.facets.site).toEqual({ Site: 1 });
  });

  it('loads its data once', async () => {
    let loads = 0;
    const e = minisearchEngine({ load: async () => (loads++, data), href: (p) => p });
    await Promise.all([e.search('banks', {}), e.search('rules', {})]);
    expect(loads).toBe(1);
  });
});
