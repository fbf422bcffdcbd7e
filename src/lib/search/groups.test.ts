import { describe, expect, it } from 'vitest';
import type { SearchHit } from './engine';
import { allocate, groupHits } from './groups';

describe('allocate', () => {
  it('gives each group half, and the other group what one cannot use', () => {
    expect(allocate({ pages: 20, sources: 20 }, 12)).toEqual({ pages: 6, sources: 6 });
    expect(allocate({ pages: 8, sources: 4 }, 12)).toEqual({ pages: 8, sources: 4 });
    expect(allocate({ pages: 2, sources: 30 }, 12)).toEqual({ pages: 2, sources: 10 });
    expect(allocate({ pages: 30, sources: 2 }, 24)).toEqual({ pages: 22, sources: 2 });
    expect(allocate({ pages: 0, sources: 0 }, 12)).toEqual({ pages: 0, sources: 0 });
  });
});

describe('groupHits', () => {
  const hit = (url: string, kind: string): SearchHit => ({ url, kind, title: url, section: undefined, excerpt: [], topic: undefined, site: undefined });

  it('puts archive passages apart from the pages, keeping the ranking within each', () => {
    const grouped = groupHits([hit('/s/#p1', 'source'), hit('/a/', 'explainer'), hit('/s/#p2', 'source'), hit('/', 'overview')]);
    expect(grouped.pages.map((h) => h.url)).toEqual(['/a/', '/']);
    expect(grouped.sources.map((h) => h.url)).toEqual(['/s/#p1', '/s/#p2']);
  });
});
