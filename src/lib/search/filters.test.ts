import { describe, expect, it } from 'vitest';
import { facetOptions, readFilters, toPagefindFilters } from './filters';

describe('readFilters', () => {
  it('keeps only known facets with a non-blank value', () => {
    const params = new URLSearchParams('q=keys&kind=source&topic=%20&site=AppleInsider&colour=red');
    expect(readFilters((n) => params.get(n))).toEqual({ kind: 'source', site: 'AppleInsider' });
  });
});

describe('toPagefindFilters', () => {
  it('passes chosen facets and drops the rest', () => {
    expect(toPagefindFilters({ kind: 'explainer' })).toEqual({ kind: 'explainer' });
    expect(toPagefindFilters({})).toEqual({});
  });
});

describe('facetOptions', () => {
  it('orders values by count, then name, and hides empty ones', () => {
    expect(facetOptions({ source: 3, explainer: 5, glossary: 0, about: 3 }, undefined)).toEqual([
      { value: 'explainer', count: 5 },
      { value: 'about', count: 3 },
      { value: 'source', count: 3 },
    ]);
  });

  it('keeps the current choice even when it has no hits', () => {
    expect(facetOptions({ source: 2, glossary: 0 }, 'glossary')).toEqual([
      { value: 'source', count: 2 },
      { value: 'glossary', count: 0 },
    ]);
    expect(facetOptions(undefined, 'timeline')).toEqual([{ value: 'timeline', count: 0 }]);
  });
});
