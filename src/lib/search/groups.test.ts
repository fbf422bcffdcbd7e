import { describe, expect, it } from 'vitest';
import type { SearchHit } from './engine';
import { allocate, groupHits, needsPartial } from './groups';

describe('allocate', () => {
  it('gives each group half, and the other group what one cannot use', () => {
    expect(allocate({ pages: 20, sources: 20 }, 12)).toEqual({ pages: 6, sources: 6 });
    expect(allocate({ pages: 8, sources: 4 }, 12)).toEqual({ pages: 8, sources: 4 });
    expect(allocate({ pages: 2, sources: 30 }, 12)).toEqual({ pages: 2, sources: 10 });
    expect(allocate({ pages: 30, sources: 2 }, 24)).toEqual({ pages: 22, sources: 2 });
    expect(allocate({ pages: 0, sources: 0 }, 12)).toEqual({ pages: 0, sources: 0 });
  });
});

describe('needsPartial', () => {
  it('asks for partial matches only where allocate could show one', () => {
    expect(needsPartial({ pages: 20, sources: 20 }, 4)).toEqual({ pages: false, sources: false });
    expect(needsPartial({ pages: 1, sources: 20 }, 4)).toEqual({ pages: true, sources: false });
    expect(needsPartial({ pages: 20, sources: 0 }, 4)).toEqual({ pages: false, sources: true });
    // Everything fits: without the partial matches nothing would offer more.
    expect(needsPartial({ pages: 2, sources: 2 }, 4)).toEqual({ pages: true, sources: true });
  });

  it('agrees with allocate: a group it skips never gets a place beyond its full matches', () => {
    for (let pages = 0; pages <= 14; pages++)
      for (let sources = 0; sources <= 14; sources++)
        for (const limit of [3, 4, 12]) {
          const need = needsPartial({ pages, sources }, limit);
          // Any number of partial matches added to the groups that search for them.
          const withPartial = allocate({ pages: pages + (need.pages ? 50 : 0), sources: sources + (need.sources ? 50 : 0) }, limit);
          const withAll = allocate({ pages: pages + 50, sources: sources + 50 }, limit);
          expect(withPartial).toEqual(withAll);
        }
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
