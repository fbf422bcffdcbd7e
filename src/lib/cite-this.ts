import { isPlaceholderOrigin } from './site-origin';

/**
 * What the reader's side adds to a citation written at build time: the absolute permalink and
 * the access date (src/scripts/cite/). Pure, so it is tested without a browser.
 */

/**
 * The absolute address of a page or one of its passages. The canonical URL when the site was
 * built with its real address (SITE_URL), else the page's own location: either way, never a
 * bare path. `fragment` is an element id, without `#`.
 */
export function permalink(canonical: string | null | undefined, location: { origin: string; pathname: string }, fragment?: string): string {
  const page = canonical && !isPlaceholderOrigin(canonical) ? new URL(canonical) : new URL(location.pathname, location.origin);
  page.hash = fragment ? encodeURIComponent(fragment) : '';
  return page.href;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The CSL MLA style's "short" month terms (en-US): Jan., Feb.…, but May, June, July and Sept. */
const shortMonth = (m: number) => (m === 8 ? 'Sept.' : MONTHS[m]!.length < 5 ? MONTHS[m] : `${MONTHS[m]!.slice(0, 3)}.`);

/** A date in one of the forms the citation styles wrote their access date in (lib/citation-formats/format.ts DATE_PATTERNS). */
export function formatAccessed(date: Date, pattern: string): string {
  const y = date.getFullYear();
  const m = date.getMonth();
  const d = date.getDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (pattern) {
    case 'MMMM D, YYYY':
      return `${MONTHS[m]} ${d}, ${y}`;
    case 'D MMM. YYYY':
      return `${d} ${shortMonth(m)} ${y}`;
    case 'YYYY-MM-DD':
      return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'YYYY/M/D/':
      return `${y}/${m + 1}/${d}/`;
    case 'CSL':
      return `[[${y}, ${m + 1}, ${d}]]`;
    default:
      throw new Error(`Unknown date pattern ${pattern}`);
  }
}
