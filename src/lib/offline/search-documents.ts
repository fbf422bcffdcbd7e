import { gunzipSync } from 'node:zlib';

/** One searchable unit of the offline index: a section of a page, or one archived paragraph. */
export interface SearchDocument {
  id: number;
  /** Which page (or custom record) the section belongs to: a result lists each page once, as Pagefind does. */
  page: number;
  /** Site path without the deployment base, e.g. `/backdoors/#key-points`. */
  url: string;
  title: string;
  section: string | undefined;
  text: string;
  kind: string | undefined;
  topic: string | undefined;
  site: string | undefined;
}

/** The parts of a Pagefind fragment (one per indexed page or custom record) that we read. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

const SIGNATURE = 'pagefind_dcd';

/** Pagefind writes fragments gzipped, behind a 12-byte signature. */
export function decodeFragment(bytes: Uint8Array): PagefindFragment {
  const raw = Buffer.from(gunzipSync(bytes));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('Not a Pagefind fragment (no pagefind_dcd signature).');
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as PagefindFragment;
}

/**
 * The offline index uses exactly what the online index holds (Pagefind's fragments, so both see
 * the same words), cut the way Pagefind's results are: a page at its headings with ids, so a hit
 * links to its section; a custom record (an archived paragraph) stays whole.
 */
export function fragmentDocuments(fragments: readonly PagefindFragment[]): SearchDocument[] {
  return fragments.flatMap((fragment, page) => {
    const common = { page, title: fragment.meta['title'] ?? fragment.url, kind: fragment.meta['kind'], topic: fragment.meta['topic'], site: fragment.meta['site'] };
    const words = fragment.content.split(/\s+/).filter(Boolean);
    const anchors = fragment.anchors.filter((a) => a.id && /^h[1-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
    const path = fragment.url.split('#')[0]!;
    const cuts = [{ url: fragment.url, section: fragment.meta['section'], from: 0 }, ...anchors.map((a) => ({ url: `${path}#${a.id}`, section: a.text, from: a.location }))];
    return cuts
      .map((cut, i) => ({ ...common, url: cut.url, section: cut.section, text: words.slice(cut.from, cuts[i + 1]?.from ?? words.length).join(' ') }))
      .filter((doc) => doc.text !== '');
  }).map((doc, id) => ({ id, ...doc }));
}
