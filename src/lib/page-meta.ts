import type { CslItem } from './citation-formats/csl-items';

/** One `<meta>` of a page's head. */
export interface MetaTag {
  /** `name` for Highwire and Twitter tags, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export interface PageMetaInput {
  siteTitle: string;
  lang: string;
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** The CSL items the page is cited as: one for a page, the original work and the archived copy for a source. */
  items: readonly CslItem[];
  /** For an explainer: the archived sources it cites, as name and absolute URL. */
  cites?: ReadonlyArray<{ name: string; url: string }>;
  kind: 'page' | 'source';
}

const isoDate = (item: CslItem | undefined) => item?.issued?.['date-parts'][0].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

/**
 * Open Graph, Twitter card and Highwire Press (`citation_*`, what Zotero and Google Scholar read)
 * tags for a page or an archived source, from the same CSL items its citations are made of.
 */
export function metaTags(input: PageMetaInput): MetaTag[] {
  const [item] = input.items;
  const date = isoDate(item);
  const authors = (item?.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', '));
  const tags: Array<[MetaTag['attribute'], string, string | undefined]> = [
    ['property', 'og:type', input.kind === 'page' ? 'article' : 'website'],
    ['property', 'og:title', input.title],
    ['property', 'og:description', input.description],
    ['property', 'og:url', input.url],
    ['property', 'og:site_name', input.siteTitle],
    ['property', 'og:locale', input.lang.replace('-', '_')],
    ['property', 'article:modified_time', input.kind === 'page' ? date : undefined],
    ['name', 'twitter:card', 'summary'],
    ['name', 'twitter:title', input.title],
    ['name', 'twitter:description', input.description],
    ['name', 'citation_title', input.title],
    ...authors.map((a): [MetaTag['attribute'], string, string] => ['name', 'citation_author', a]),
    ['name', 'citation_publication_date', date?.replace(/-/g, '/')],
    ['name', input.kind === 'page' ? 'citation_publisher' : 'citation_journal_title', item?.['container-title']],
    ['name', 'citation_language', input.lang],
    ['name', 'citation_public_url', input.url],
  ];
  return tags.filter((t): t is [MetaTag['attribute'], string, string] => Boolean(t[2])).map(([attribute, key, content]) => ({ attribute, key, content }));
}

/** JSON-LD: an explainer is an `Article` whose `citation`s are its sources; an archive page describes the original `CreativeWork`, archived at this page. */
export function jsonLd(input: PageMetaInput): Record<string, unknown> {
  const [item] = input.items;
  const date = isoDate(item);
  const site = { '@type': 'Organization', name: input.siteTitle };
  if (input.kind === 'page') {
    return {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: input.title,
      description: input.description,
      url: input.url,
      inLanguage: input.lang,
      ...(date ? { dateModified: date } : {}),
      author: site,
      publisher: site,
      citation: (input.cites ?? []).map((c) => ({ '@type': 'CreativeWork', name: c.name, url: c.url })),
    };
  }
  const people = (item?.author ?? []).map((a) => ({ '@type': 'Person', name: a.literal ?? [a.given, a.family].filter(Boolean).join(' ') }));
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: input.title,
    ...(people.length ? { author: people } : {}),
    ...(date ? { datePublished: date } : {}),
    ...(item?.['container-title'] ? { publisher: { '@type': 'Organization', name: item['container-title'] } } : {}),
    archivedAt: input.url,
    url: input.url,
    inLanguage: input.lang,
    description: input.description,
  };
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
