/**
 * The origin canonical URLs, sitemap and citation files are built with when SITE_URL is not set.
 * `.invalid` can never resolve (RFC 2606), so nobody mistakes it for a real address; the reader's
 * side sees it and builds addresses from the page's own location instead (lib/cite-this).
 */
export const PLACEHOLDER_ORIGIN = 'https://sourcebook.invalid';

export function isPlaceholderOrigin(href: string): boolean {
  try {
    return new URL(href).hostname.endsWith('.invalid');
  } catch {
    return true;
  }
}
