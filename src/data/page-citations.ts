import { getCollection, render } from 'astro:content';
import type { PageCitation } from '../lib/back-references';
import type { CitationRecord } from '../markdown/remark-citations';

let loading: Promise<PageCitation[]> | undefined;

/**
 * Every verified citation on the site, in page order, read from what remark-citations recorded
 * while rendering each page (`remarkPluginFrontmatter.citations`). Rendered once per build, so
 * back-references and citations.json cost one pass over the citations, not one per source.
 */
export function pageCitations(): Promise<PageCitation[]> {
  loading ??= load();
  return loading;
}

let byPage: Promise<Map<string, PageCitation[]>> | undefined;

/** One page's citations, grouped once: every page's metadata asks for its own. */
export async function citationsOfPage(pageId: string): Promise<PageCitation[]> {
  byPage ??= pageCitations().then((all) => Map.groupBy(all, (c) => c.pageId));
  return (await byPage).get(pageId) ?? [];
}

async function load(): Promise<PageCitation[]> {
  const pages = (await getCollection('pages')).sort((a, b) => a.id.localeCompare(b.id));
  const all: PageCitation[] = [];
  for (const entry of pages) {
    const { remarkPluginFrontmatter } = await render(entry);
    const citations = remarkPluginFrontmatter['citations'] as CitationRecord[] | undefined;
    if (!citations) throw new Error(`${entry.filePath ?? entry.id}: rendered without citation records; is remark-citations registered in astro.config.mjs?`);
    for (const { note, refId, sourceId, paragraphId, locator, quote } of citations) {
      all.push({
        pageId: entry.id,
        pageTitle: entry.data.title,
        note,
        refId,
        sourceId,
        paragraphId,
        ...(locator === undefined ? {} : { locator }),
        ...(quote === undefined ? {} : { quote }),
      });
    }
  }
  return all;
}
