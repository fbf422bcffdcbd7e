import { parse as parseName } from '@citation-js/name';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as much as we fill in. */
export interface CslItem {
  id: string;
  /** The BibTeX key (letters, digits and `_`: Citation.js replaces any other key with its own). */
  'citation-key': string;
  type: string;
  title: string;
  'container-title'?: string;
  author?: Array<{ given?: string; family?: string; literal?: string }>;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL: string;
  abstract?: string;
  genre?: string;
  archive?: string;
  language?: string;
}

export interface SiteInfo {
  title: string;
  lang: string;
}

export interface PageInfo {
  id: string;
  /** The title readers see at the top of the page (the home page's own heading, not "Overview"). */
  title: string;
  description: string;
  /** ISO date of the last revision. */
  updated: string;
  /** Absolute URL of the page. */
  url: string;
}

/** An explainer page: a web page of the site, by the site (it names no personal author). */
export function pageItem(site: SiteInfo, page: PageInfo): CslItem {
  return {
    id: `${slugId(site.title)}-${page.id}`,
    'citation-key': citationKey(`${site.title}_${page.id}`),
    type: 'webpage',
    title: page.title,
    'container-title': site.title,
    author: [{ literal: site.title }],
    issued: dateParts(page.updated),
    URL: page.url,
    language: site.lang,
  };
}

export interface SourceInfo {
  id: string;
  title: string;
  site: string;
  author: string | null;
  date: string | null;
  kind: string;
  /** Absolute URL of the archive page. */
  url: string;
}

const TYPES: Record<string, string> = {
  'news report': 'article-newspaper',
  'blog post': 'post-weblog',
  'forum repost': 'post',
  'press release': 'report',
  document: 'document',
};

/**
 * An archived source is cited twice: the original work (outlet, author and date as far as the
 * text gives them; its original address is not in the archive, so it points to the archived
 * copy) and the archived copy on this site.
 */
export function sourceItems(site: SiteInfo, source: SourceInfo): [CslItem, CslItem] {
  const author = source.author ? [personName(source.author)] : undefined;
  const issued = source.date ? dateParts(source.date) : undefined;
  const original: CslItem = {
    id: source.id,
    'citation-key': citationKey(source.id),
    type: TYPES[source.kind] ?? 'document',
    title: source.title,
    'container-title': source.site,
    ...(author ? { author } : {}),
    ...(issued ? { issued } : {}),
    URL: source.url,
    archive: site.title,
  };
  const copy: CslItem = {
    id: `${source.id}-archived`,
    'citation-key': citationKey(`${source.id}_archived`),
    type: 'webpage',
    title: source.title,
    'container-title': site.title,
    genre: `Archived copy of ${describeKind(source.kind)} on ${source.site}`,
    ...(author ? { author } : {}),
    URL: source.url,
    language: site.lang,
  };
  return [original, copy];
}

function describeKind(kind: string): string {
  return /^[aeiou]/i.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function personName(name: string): { given?: string; family?: string; literal?: string } {
  const parsed = parseName(name);
  return parsed.family ? { ...(parsed.given ? { given: parsed.given } : {}), family: parsed.family } : { literal: name };
}

export function dateParts(iso: string): { 'date-parts': [[number, number, number]] } {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
}

function slugId(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'site'
  );
}

function citationKey(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'item'
  );
}
