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
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/** An excerpt that only repeats the title (a page's `<h1>` alone) tells the reader nothing. */
const onlyTitle = (excerpt: string, title: string) => plain(excerpt) === '' || plain(title).includes(plain(excerpt));

/**
 * Pagefind lists a page's sub-results (one per heading with an id) in document order; the reader
 * wants the section where the words weigh most, so that is the one the hit links to. A sub-result
 * whose excerpt is only the title (the page top, when the words matched there) is passed over.
 */
export function bestSubResult(subResults: readonly PagefindSubResult[] | undefined, title = ''): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of subResults ?? []) {
    if (title && onlyTitle(sub.excerpt, title)) continue;
    if (!best || weight(sub) > weight(best)) best = sub;
  }
  return best;
}

/** `/sources/x/#p3` with the deployment base: what Pagefind does for result URLs, for our own. */
const withBase = (baseUrl: string, path: string) => `${baseUrl.replace(/\/+$/, '')}${path}`;

function alsoIn(meta: PagefindData['meta'], baseUrl: string): SearchHit['alsoIn'] {
  if (!meta['also_in']) return undefined;
  try {
    return (JSON.parse(meta['also_in']) as Array<[string, string]>).map(([label, path]) => ({ label, url: withBase(baseUrl, path) }));
  } catch {
    return undefined;
  }
}

/** One search hit from Pagefind's data: the best section's link, heading and excerpt. */
export function toSearchHit(data: PagefindData, baseUrl = '/'): SearchHit {
  const title = data.meta['title'] ?? data.url;
  const sub = bestSubResult(data.sub_results, title);
  // Archive records carry their ¶ label as metadata; HTML pages name the heading they split at.
  const section = data.meta['section'] ?? (sub?.anchor ? sub.title : undefined);
  // A hit on a source as a whole matched its title: its opening words say more than the title again.
  const excerpt = data.meta['opening'] ?? (sub ? sub.excerpt : data.excerpt);
  return {
    url: sub?.url ?? data.url,
    title,
    section,
    excerpt: data.meta['opening'] ? [{ text: excerpt, marked: false }] : excerptParts(excerpt),
    kind: data.meta['kind'],
    topic: data.meta['topic'],
    site: data.meta['site'],
    alsoIn: alsoIn(data.meta, baseUrl),
  };
}
