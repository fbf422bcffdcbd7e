import { FACETS, type Facet, type SearchFilters } from './engine';

/** Reads the facet choices from form values or URL parameters; empty means "any". */
export function readFilters(get: (name: string) => string | null | undefined): SearchFilters {
  const filters: SearchFilters = {};
  for (const facet of FACETS) {
    const value = get(facet)?.trim();
    if (value) filters[facet] = value;
  }
  return filters;
}

/** Pagefind's `filters` option: one exact value per chosen facet. */
export function toPagefindFilters(filters: SearchFilters): Record<string, string> {
  return Object.fromEntries(FACETS.flatMap((facet) => (filters[facet] ? [[facet, filters[facet]]] : [])));
}

export interface FacetOption {
  value: string;
  count: number;
}

/**
 * The options a facet's menu offers: every value with hits, by count then name, plus the current
 * choice even when it now has none (so the menu never silently drops what the reader picked).
 */
export function facetOptions(counts: Record<string, number> | undefined, chosen: string | undefined): FacetOption[] {
  const options = Object.entries(counts ?? {})
    .filter(([value, count]) => count > 0 || value === chosen)
    .map(([value, count]) => ({ value, count }));
  if (chosen && !options.some((o) => o.value === chosen)) options.push({ value: chosen, count: 0 });
  return options.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export const FACET_LABELS: Record<Facet, string> = { kind: 'Kind', topic: 'Topic', site: 'Source' };
