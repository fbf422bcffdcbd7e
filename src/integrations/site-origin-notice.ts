import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_ORIGIN } from '../lib/site-origin';

/**
 * Says so when the build has no real address (SITE_URL unset): canonical URLs, the sitemap,
 * robots.txt, page metadata and the static citation files then name a placeholder origin. The
 * Cite controls still give readers absolute links, taken from the page's own location.
 */
export function siteOriginNotice(): AstroIntegration {
  return {
    name: 'sourcebook:site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env['SITE_URL']) return;
        logger.warn(
          `SITE_URL is not set: canonical URLs, sitemap.xml, robots.txt, page metadata and the cite.bib/.ris/.json files use the placeholder origin ${PLACEHOLDER_ORIGIN}. Set SITE_URL=https://your.host to build them with the real address; the Cite controls take the address from the page's location either way.`,
        );
      },
    },
  };
}
