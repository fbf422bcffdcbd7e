import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from './read-dist';

// Every citation file of the built site, read by real clients: citeproc-js renders each CSL-JSON
// file in APA and Chicago, and a BibTeX parser reads each .bib. Pages come from the build's own
// sitemap, so the test follows whatever corpus was built.
const require = createRequire(import.meta.url);
const CSL = require('citeproc') as { Engine: new (sys: object, style: string) => CiteprocEngine };
interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ bibliography_errors: unknown[] }, string[]] | false;
}
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
const STYLES = { APA: styles['apa']!, Chicago: readFileSync('src/lib/citation-formats/styles/chicago.csl', 'utf8') };

interface CslItem {
  id: string;
  URL: string;
  title: string;
  'citation-key': string;
}

const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const citable = paths.filter((p) => existsSync(join(distDir, p, 'cite.json')));
const files = [...citable.map((p) => join(p, 'cite')), '/cite-all'];

function render(items: CslItem[], style: string): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine({ retrieveLocale: (lang: string) => locales[lang] ?? locales['en-US'], retrieveItem: (id: string) => byId.get(id) }, style);
  engine.updateItems(items.map((i) => i.id));
  const result = engine.makeBibliography();
  if (!result) throw new Error('citeproc-js made no bibliography');
  expect(result[0].bibliography_errors).toEqual([]);
  return result[1];
}

describe('the built citation files', () => {
  it('exist for every page of the sitemap but the source list', () => {
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((p) => !citable.includes(p))).toEqual(['/sources/']);
  });

  it.each(files)('%s.json renders through citeproc-js in APA and Chicago', (file) => {
    const items = JSON.parse(readFileSync(join(distDir, `${file}.json`), 'utf8')) as CslItem[];
    expect(items.length).toBeGreaterThan(0);
    for (const [name, style] of Object.entries(STYLES)) {
      const entries = render(items, style);
      expect(entries, name).toHaveLength(items.length);
      for (const item of items)
        expect(
          entries.some((e) => e.includes(item.URL)),
          `${name} ${item.id}`,
        ).toBe(true);
      expect(entries.join('')).not.toMatch(/CSL STYLE ERROR|undefined/);
    }
  });

  it.each(files)('%s.bib parses as BibTeX, one entry per item with its address', (file) => {
    const items = JSON.parse(readFileSync(join(distDir, `${file}.json`), 'utf8')) as CslItem[];
    const bib = parseBibtex(readFileSync(join(distDir, `${file}.bib`), 'utf8'));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key)).toEqual(items.map((i) => i['citation-key']));
    expect(bib.entries.map((e) => e.fields['url'])).toEqual(items.map((i) => i.URL));
    expect(new Set(bib.entries.map((e) => e.key)).size).toBe(bib.entries.length);
  });

  it.each(citable)('%s has Highwire, Open Graph and JSON-LD metadata naming the same page', (path) => {
    const page = readPage(path);
    const meta = (name: string) => selectAll(`meta[name="${name}"], meta[property="${name}"]`, page).map((m) => String(m.properties['content']));
    const [item] = JSON.parse(readFileSync(join(distDir, path, 'cite.json'), 'utf8')) as CslItem[];
    expect(meta('citation_title')).toHaveLength(1);
    expect(meta('citation_public_url')).toEqual([item!.URL]);
    expect(meta('og:url')).toEqual([item!.URL]);
    expect(meta('og:title')[0]).toBe(meta('citation_title')[0]);
    const ld = JSON.parse(String(selectAll('script[type="application/ld+json"]', page).map((s) => (s.children[0] as { value: string }).value)[0]));
    expect(ld['@type']).toBe(path.startsWith('/sources/') ? 'CreativeWork' : 'Article');
    expect(ld.url).toBe(item!.URL);
  });

  it('has a robots.txt that points to the sitemap', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
  });
});
