import { GROUPS, groupOf, type HitGroup, type SearchHit } from './engine';

/**
 * How many hits of each group to show within `limit`: each group gets up to half, and what one
 * group cannot use goes to the other — so a query that finds few explainer sections still fills
 * the list with source passages, and the reverse.
 */
export function allocate(available: Record<HitGroup, number>, limit: number): Record<HitGroup, number> {
  const half = Math.ceil(limit / 2);
  let pages = Math.min(available.pages, half);
  const sources = Math.min(available.sources, limit - pages);
  pages = Math.min(available.pages, limit - sources);
  return { pages, sources };
}

/** The hits by group, each in the order the engine ranked them. */
export function groupHits(hits: readonly SearchHit[]): Record<HitGroup, SearchHit[]> {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, [] as SearchHit[]])) as Record<HitGroup, SearchHit[]>;
  for (const hit of hits) groups[groupOf(hit)].push(hit);
  return groups;
}

/**
 * Which groups need the searches with one word left out (partial matches): only a group that
 * could show more hits than its full matches, or every group when the full matches all fit on the
 * list (so nothing else would offer "Show more" to reach the partial ones). A group with at least
 * half the list and a query with more full matches than the list shows cannot show a partial
 * match (`allocate` gives it no room), so those searches are skipped until a longer list asks.
 */
export function needsPartial(full: Record<HitGroup, number>, limit: number): Record<HitGroup, boolean> {
  const half = Math.ceil(limit / 2);
  const fits = full.pages + full.sources <= limit;
  return { pages: fits || full.pages < half, sources: fits || full.sources < half };
}
