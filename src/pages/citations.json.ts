import type { APIRoute } from 'astro';
import { pageCitations } from '../data/page-citations';
import { pageUrl } from '../lib/urls';

/** One entry of `/citations.json`; the tests read the map with this type. */
export interface CitationMapEntry {
  page: string;
  pageTitle: string;
  pageUrl: string;
  note: number;
  refId: string;
  refUrl: string;
  sourceId: string;
  /** The archive passage cited: `p4`, `c2`, `dateline`, `line6`, or a section's anchor (`s11`). */
  paragraphId: string;
  /** The locator as the note prints it, when the author cited by section (`§ 11, ¶ 3`) or by quote alone. */
  locator?: string;
  quote?: string;
  verified: true;
}

/**
 * The site's citation map, for auditing without reading HTML: one entry per citation per place it
 * is referenced. Only verified citations exist — a failed check stops the build.
 */
export const GET: APIRoute = async () => {
  const citations = (await pageCitations()).map((c): CitationMapEntry => ({
    page: c.pageId,
    pageTitle: c.pageTitle,
    pageUrl: pageUrl(c.pageId),
    note: c.note,
    refId: c.refId,
    refUrl: pageUrl(c.pageId, c.refId),
    sourceId: c.sourceId,
    paragraphId: c.paragraphId,
    ...(c.locator === undefined ? {} : { locator: c.locator }),
    ...(c.quote === undefined ? {} : { quote: c.quote }),
    verified: true,
  }));
  return new Response(`${JSON.stringify({ citations }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
