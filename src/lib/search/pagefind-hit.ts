import type { SearchHit } from './engine';
import { excerptParts } from './excerpt';

/** The parts of Pagefind's per-result data (`result.data()`) that we read. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string } | undefined;
  weighted_locations?: Array<{ balanced_score: number }> | undefined;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[] | undefined;
}

const weight = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * Pagefind lists a page's sub-results (one per heading with an id) in document order; the reader
 * wants the section where the words weigh most, so that is the one the hit links to.
 */
export function bestSubResult(subResults: readonly PagefindSubResult[] | undefined): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of subResults ?? []) if (!best || weight(sub) > weight(best)) best = sub;
  return best;
}

/** One search hit from Pagefind's data: the best section's link, heading and excerpt. */
export function toSearchHit(data: PagefindData): SearchHit {
  const sub = bestSubResult(data.sub_results);
  const title = data.meta['title'] ?? data.url;
  // Archive records carry their ¶ label as metadata; HTML pages name the heading they split at.
  const section = data.meta['section'] ?? (sub?.anchor ? sub.title : undefined);
  return {
    url: sub?.url ?? data.url,
    title,
    section,
    excerpt: excerptParts(sub?.excerpt ?? data.excerpt),
    kind: data.meta['kind'],
    topic: data.meta['topic'],
    site: data.meta['site'],
  };
}
