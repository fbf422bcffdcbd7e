import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-items';

/**
 * Citations formatted at build time by Citation.js with real CSL styles: APA 7 (built into
 * @citation-js/plugin-csl), MLA 9 and Chicago notes-bibliography (CSL styles in ./styles, see
 * scripts/vendor-csl-styles.mjs). The reader's side only fills in the access date and the
 * absolute address (src/scripts/cite/).
 */
export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA 7', kind: 'style', style: 'apa' },
  { id: 'mla', label: 'MLA 9', kind: 'style', style: 'mla' },
  { id: 'chicago', label: 'Chicago', kind: 'style', style: 'chicago' },
  { id: 'bibtex', label: 'BibTeX', kind: 'data', file: 'cite.bib' },
  { id: 'ris', label: 'RIS', kind: 'data', file: 'cite.ris' },
  { id: 'csljson', label: 'CSL-JSON', kind: 'data', file: 'cite.json' },
] as const;

export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

/**
 * The styles Citation.js does not ship (MLA, Chicago), as CSL XML by name. This module imports
 * nothing but packages, so a worker thread can load it as it is (lib/citation-formats/format-worker.ts);
 * ./format.ts reads the vendored files and registers them for the build's own thread.
 */
export function registerStyles(styles: Readonly<Record<string, string>>): void {
  const csl = plugins.config.get('@csl');
  for (const [name, xml] of Object.entries(styles)) if (!csl.styles.has(name)) csl.styles.add(name, xml);
}

/** The machine-readable files (`cite.bib`, `cite.ris`, `cite.json`): no access date of the reader's (items carry one only for an original's retrieval). */
export type CitationFile = 'bibtex' | 'ris' | 'csljson';

/** One of those files: each is its own route, so each formats only itself (the whole site's, at thousands of items, took seconds a format). */
export function formatFile(items: readonly CslItem[], format: CitationFile): string {
  // The reader's access date is theirs to add; an original's retrieval date is a fact of the archive.
  if (format === 'csljson') return `${compactDates(JSON.stringify(items, null, 2))}\n`;
  return new Cite([...items]).format(format).trim() + '\n';
}

/**
 * The access date the reader's side replaces: formatted with this date, then each rendering of it
 * is found in the output and marked with the pattern it was written in. Year 1000 is never a
 * real date of a web page, so it cannot be mistaken for one.
 */
export const ACCESSED_SENTINEL: [number, number, number] = [1000, 1, 2];
export const DATE_PATTERNS = {
  'January 2, 1000': 'MMMM D, YYYY',
  '2 Jan. 1000': 'D MMM. YYYY',
  '1000-01-02': 'YYYY-MM-DD',
  '1000/1/2/': 'YYYY/M/D/',
  '[[1000, 1, 2]]': 'CSL',
} as const;
export type DatePattern = (typeof DATE_PATTERNS)[keyof typeof DATE_PATTERNS];

/** One formatted citation for people: HTML for the styles, plain text for data, slots marked. */
export interface ReaderCitation {
  format: CitationFormat;
  label: string;
  /** Escaped HTML in which `<span data-cite-url>` holds the address and `<span data-accessed>` the access date. */
  html: string;
  /** HTML (the styles, with italics) or a preformatted text (BibTeX, RIS, CSL-JSON). */
  kind: 'style' | 'data';
}

export function formatForReaders(items: readonly CslItem[]): ReaderCitation[] {
  const accessed = { 'date-parts': [ACCESSED_SENTINEL] as [[number, number, number]] };
  // An item that carries its own access date (an original read at its own address on the day
  // the archive took it) keeps it and its address; the others are the reader's to fill in.
  const withDate = items.map((item) => (item.accessed ? item : { ...item, accessed }));
  const cite = new Cite(withDate);
  const urls = [...new Set(items.filter((i) => !i.accessed).map((i) => i.URL))];
  return CITATION_FORMATS.map((f) => {
    let html: string;
    if (f.kind === 'style') {
      // One entry at a time: the original work first, and no "n.d.-a"/"n.d.-b" between two entries that differ only in where they are kept.
      html = withDate
        .map((item) => {
          const out = new Cite(item).format('bibliography', { format: 'html', template: f.style, lang: 'en-US' });
          const entry = /<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*?)<\/div>/.exec(out)?.[1]?.trim();
          if (!entry) throw new Error(`Citation.js produced no ${f.label} entry for ${item.id}`);
          return entry;
        })
        .join('\n');
    } else {
      const text = f.id === 'bibtex' ? cite.format('bibtex') : f.id === 'ris' ? cite.format('ris') : compactDates(JSON.stringify(withDate, null, 2));
      // Shown in a <pre>: no trailing spaces (RIS ends records with "ER  - "), which readers cannot see anyway.
      html = escapeHtml(text.trim().replace(/[ \t]+$/gm, ''));
    }
    return { format: f.id, label: f.label, kind: f.kind, html: markSlots(html, urls) };
  });
}

function markSlots(html: string, urls: string[]): string {
  let out = html;
  for (const [rendered, pattern] of Object.entries(DATE_PATTERNS)) {
    out = out.split(escapeHtml(rendered)).join(`<span data-accessed="${pattern}">[date accessed]</span>`);
  }
  if (/\b1000\b/.test(out.replace(/<span data-accessed[^>]*>/g, '')))
    throw new Error(`An access date was written in a form the reader's side cannot fill in: ${out}`);
  for (const url of urls) out = out.split(escapeHtml(url)).join(`<span data-cite-url>${escapeHtml(url)}</span>`);
  return out;
}

/** `"date-parts": [[2015, 4, 23]]` on one line, as people write CSL-JSON. */
function compactDates(json: string): string {
  return json.replace(/"date-parts": \[\s*\[\s*([\d,\s]+?)\s*\]\s*\]/g, (_, inner: string) => `"date-parts": [[${inner.split(/,\s*/).join(', ')}]]`);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
