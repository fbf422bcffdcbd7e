import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../offline/search-documents';
import { minisearchEngine, offlineIndexData } from './minisearch-engine';

const doc = (id: number, url: string, text: string, facets: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  url,
  title: `Page ${id}`,
  section: undefined,
  text,
  kind: 'explainer',
  topic: 'a',
  site: undefined,
  anchors: [],
  ...facets,
});
const docs = [
  doc(0, '/one/', 'Banks must hand over source code. Keys Encryption keys are handed to the regulator.', { anchors: [['keys', 'Keys', 6]] }),
  doc(1, '/sources/s/#p3', 'The rules demand encryption keys too.', { kind: 'source', topic: undefined, site: 'Site', section: '¶3' }),
  doc(2, '/two/', 'Nothing about that here.', { topic: 'b' }),
];
// Through JSON, as the browser receives it; texts in chunks of two.
const { data, chunks } = JSON.parse(JSON.stringify(offlineIndexData(docs, 2))) as ReturnType<typeof offlineIndexData>;
const loaded: number[] = [];
const engine = minisearchEngine({ load: async () => data, loadTexts: async (k) => (loaded.push(k), chunks[k]!), href: (p) => `ROOT${p}` });

describe('offlineIndexData', () => {
  it('keeps the texts out of the index, in chunks', () => {
    expect(chunks).toEqual([[docs[0]!.text, docs[1]!.text], [docs[2]!.text]]);
    expect(JSON.stringify(data)).not.toContain('handed to the regulator');
  });
});

describe('minisearchEngine', () => {
  it('finds every word of the query, one hit per page, linking to the section where they occur', async () => {
    const r = await engine.search('encryption keys', {});
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => [h.url, h.section]).sort()).toEqual([
      ['ROOT/one/#keys', 'Keys'],
      ['ROOT/sources/s/#p3', '¶3'],
    ]);
    expect(r.hits[0]!.excerpt.some((p) => p.marked && /^encryption$/i.test(p.text))).toBe(true);
    expect(loaded).toEqual([0]);
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

  it('loads its index once', async () => {
    let loads = 0;
    const e = minisearchEngine({ load: async () => (loads++, data), loadTexts: async (k) => chunks[k]!, href: (p) => p });
    await Promise.all([e.search('banks', {}), e.search('rules', {})]);
    expect(loads).toBe(1);
  });
});
