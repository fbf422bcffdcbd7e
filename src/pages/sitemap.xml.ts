import type { APIRoute } from 'astro';
import { citeEntries } from '../data/citation-entries';
import { escapeHtml } from '../lib/citation-formats/format';
import { url } from '../lib/urls';

/** Every page of the site, for search engines: explainers (with their revision date), archived sources, the source list. */
export const GET: APIRoute = async ({ site }) => {
  const entries = await citeEntries();
  const urls = [
    ...entries.map((e) => ({ loc: e.url, lastmod: e.kind === 'page' ? e.items[0]?.issued?.['date-parts'][0] : undefined })),
    { loc: new URL(url('sources/'), site).href, lastmod: undefined },
  ];
  const body = urls
    .map(
      ({ loc, lastmod }) =>
        `  <url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.map((n) => String(n).padStart(2, '0')).join('-')}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
