/** The reference a reader copies to cite a page: site, title, revision date and address. */
export interface CiteThisInput {
  siteTitle: string;
  pageTitle: string;
  /** ISO date (YYYY-MM-DD) of the page's last revision, or null for archive pages. */
  updated: string | null;
  /** Absolute URL where the site is deployed, else the site-relative path. */
  address: string;
}

export function formatCitation({ siteTitle, pageTitle, updated, address }: CiteThisInput, formatDate: (iso: string) => string): string {
  const revised = updated ? `, updated ${formatDate(updated)}` : '';
  return `${siteTitle}, “${pageTitle}”${revised}. ${address}`;
}

/** The address to print: absolute when the deployment URL is known, the path otherwise. */
export function citationAddress(pathname: string, site: URL | undefined): string {
  return site ? new URL(pathname, site).href : pathname;
}
