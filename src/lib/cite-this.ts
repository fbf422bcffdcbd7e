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
// The month forms of the CSL MLA style's "short" terms (en-US locale).
const SHORT_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

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
      return `${d} ${SHORT_MONTHS[m]} ${y}`;
    case 'YYYY-MM-DD':
      return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'YYYY/M/D/':
      return `${y}/${m + 1}/${d}/`;
    case 'CSL':
      return `[[${y}, ${m + 1}, ${d}]]`;
    default:
      throw new Error(`Unknown access-date pattern ${pattern}`);
  }
}
