/**
 * The site's public address, if the build was given one (SITE_URL). Without it astro.config.mjs
 * uses a `.invalid` placeholder (RFC 2606: never a real host), which must never be printed as
 * if it were the site's address.
 */
export function publicSite(site: URL | undefined): URL | undefined {
  return site && !site.hostname.endsWith('.invalid') ? site : undefined;
}
