import { getCollection, render } from 'astro:content';
import { pageItem, sourceItems, type CslItem } from '../lib/citation-formats/csl-items';
import { loadSiteConfig } from '../lib/site-config';
import { pagePath, sourcePath, url } from '../lib/urls';

/** Something a reader can cite: a page or an archived source, with its CSL-JSON items. */
export interface CiteEntry {
  kind: 'page' | 'source';
  id: string;
  /** The title readers see at the top of it. */
  title: string;
  /** Site path (with `base`) of the page, e.g. `/timeline/`. */
  path: string;
  /** Absolute URL, on the placeholder origin when SITE_URL is not set (see lib/site-origin). */
  url: string;
  items: CslItem[];
}

let loading: Promise<CiteEntry[]> | undefined;
let byKey: Promise<Map<string, CiteEntry>> | undefined;

/** Every page and source as a citation, once per build: the Cite block, page metadata and the cite files read it. */
export function citeEntries(): Promise<CiteEntry[]> {
  loading ??= load();
  return loading;
}

/** One entry, looked up in a map: every page asks for its own, and a search of the list each time grew with the square of the site. */
export async function citeEntryFor(kind: CiteEntry['kind'], id: string): Promise<CiteEntry> {
  byKey ??= citeEntries().then((entries) => new Map(entries.map((e) => [`${e.kind}:${e.id}`, e])));
  const entry = (await byKey).get(`${kind}:${id}`);
  if (!entry) throw new Error(`No citation for ${kind} ${id}`);
  return entry;
}

async function load(): Promise<CiteEntry[]> {
  const site = loadSiteConfig();
  const absolute = (path: string) => new URL(path, import.meta.env.SITE).href;
  const entries: CiteEntry[] = [];
  for (const page of (await getCollection('pages')).sort((a, b) => a.id.localeCompare(b.id))) {
    const path = url(pagePath(page.id));
    // The home page's frontmatter title is its navigation label ("Overview"); its heading says what the site is.
    const heading = page.id === 'index' ? (await render(page)).headings.find((h) => h.depth === 1)?.text : undefined;
    const title = heading ?? page.data.title;
    const item = pageItem(site, { id: page.id, title, description: page.data.description, updated: page.data.updated.toISOString(), url: absolute(path) });
    entries.push({ kind: 'page', id: page.id, title, path, url: item.URL, items: [item] });
  }
  for (const source of (await getCollection('sources')).sort((a, b) => a.id.localeCompare(b.id))) {
    const path = url(sourcePath(source.id));
    const s = source.data;
    const items = sourceItems(site, {
      id: s.id,
      title: s.title,
      site: s.site,
      author: s.author,
      date: s.date,
      kind: s.kind,
      url: absolute(path),
      version: s.version,
      publisher: s.publisher,
      originalUrl: s.url,
      retrieved: s.retrieved,
    });
    entries.push({ kind: 'source', id: s.id, title: s.title, path, url: absolute(path), items });
  }
  return entries;
}
