import { parse as parseName } from '@citation-js/name';
import { isoDateParts, type IsoDateParts } from '../format-date';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as much as we fill in. */
export interface CslItem {
  id: string;
  /** The BibTeX key (letters, digits and `_`: Citation.js replaces any other key with its own). */
  'citation-key': string;
  type: string;
  title: string;
  'container-title'?: string;
  author?: Array<{ given?: string; family?: string; literal?: string }>;
  /** One to three parts: `[[2004, 1]]` for "January 2004", never a made-up day. */
  issued?: CslDate;
  /** When the URL was read: the archive's retrieval date for an original with its own URL; left to the reader otherwise. */
  accessed?: CslDate;
  URL: string;
  version?: string;
  publisher?: string;
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

export type CslDate = { 'date-parts': [IsoDateParts] };

export interface SourceInfo {
  id: string;
  title: string;
  site: string;
  author: string | null;
  /** As precise as the text states it: `2004`, `2004-01`, `2004-01-15`. */
  date: string | null;
  kind: string;
  /** Absolute URL of the archive page. */
  url: string;
  version?: string | undefined;
  publisher?: string | undefined;
  /** Where the original was published, and the day the archived copy was taken from there. */
  originalUrl?: string | undefined;
  retrieved?: string | undefined;
}

// Kinds are the site's own words (content/site.yaml); these are matched by the words they use.
const TYPES: Array<[RegExp, string]> = [
  [/\bnews\b|\bnewspaper\b/i, 'article-newspaper'],
  [/\bblog\b/i, 'post-weblog'],
  [/\bforum\b|\bpost\b/i, 'post'],
  [/\b(law|statute|act|regulation|decree|directive|treaty|bill)s?\b/i, 'legislation'],
  [/\b(report|press release|white paper)\b/i, 'report'],
  [/\bstandard\b|\brfc\b/i, 'standard'],
  [/\bweb ?page\b|\bwebsite\b/i, 'webpage'],
];

const cslType = (kind: string) => TYPES.find(([words]) => words.test(kind))?.[1] ?? 'document';

/**
 * An archived source is cited twice: the original work (outlet, publisher, author, date and
 * version as far as the text gives them; its own address and the day it was retrieved when the
 * metadata records them, else the archived copy's) and the archived copy on this site.
 */
export function sourceItems(site: SiteInfo, source: SourceInfo): [CslItem, CslItem] {
  const author = source.author ? [personName(source.author)] : undefined;
  const issued = source.date ? dateParts(source.date) : undefined;
  const original: CslItem = {
    id: source.id,
    'citation-key': citationKey(source.id),
    type: cslType(source.kind),
    title: source.title,
    'container-title': source.site,
    ...(author ? { author } : {}),
    ...(issued ? { issued } : {}),
    ...(source.version ? { version: source.version } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    URL: source.originalUrl ?? source.url,
    ...(source.originalUrl && source.retrieved ? { accessed: dateParts(source.retrieved) } : {}),
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

/** CSL's date: as many parts as the ISO date has (`2004-01` → `[[2004, 1]]`). */
export function dateParts(iso: string): CslDate {
  return { 'date-parts': [isoDateParts(iso)] };
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
