// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { headingLinkOptions } from './src/markdown/heading-links.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { rehypeUnindexedNotes } from './src/markdown/rehype-unindexed-notes.ts';
import { rehypePassageIds } from './src/markdown/rehype-passage-ids.ts';
import { rehypePinnedIds } from './src/markdown/rehype-pinned-ids.ts';
import { rehypeStableNoteIds } from './src/markdown/rehype-stable-note-ids.ts';
import { checkPageFrontmatter } from './src/integrations/check-page-frontmatter.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkVerifyProseQuotes } from './src/markdown/remark-verify-prose-quotes.ts';
import { failOnMarkdownErrors } from './src/integrations/fail-on-markdown-errors.ts';
import rehypeRejectRawHtml from './src/markdown/reject-raw-html.ts';
import { cspDirectives, cspScriptResources } from './src/security/csp-policy.mjs';
import { offlineServiceWorker } from './src/integrations/offline-service-worker.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { permalinkGuard } from './src/integrations/permalink-guard.ts';
import { siteOriginNotice } from './src/integrations/site-origin-notice.ts';
import { PLACEHOLDER_ORIGIN } from './src/lib/site-origin.ts';

// SITE_BASE lets the same build be deployed under a sub-path (e.g. /<repo>/); URLs are made by
// src/lib/urls.ts, which reads Astro's `base`, never by string concatenation in pages.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  // Without SITE_URL the build says so and uses a placeholder origin (src/lib/site-origin.ts).
  site: process.env.SITE_URL ?? PLACEHOLDER_ORIGIN,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Order matters: the permalink guard writes redirect pages before the search index and the
  // service worker list the files; the service worker lists the files the Pagefind step wrote.
  integrations: [siteOriginNotice(), checkPageFrontmatter(), mdx(), failOnMarkdownErrors(), permalinkGuard(), pagefindIndex(), offlineServiceWorker()],
  markdown: {
    // One processor for .md and .mdx: citations become verified footnotes (docs/authoring.md).
    processor: unified({
      // Quotes in the prose are checked against the passages cited, then citations become footnotes.
      remarkPlugins: [remarkVerifyProseQuotes, [remarkCitations, { base }]],
      // Raw HTML stops the build unless it is a bare inert tag (docs/quality.md); then heading ids
      // (Astro would add them after our plugins), a "#" link on every heading, scrollable tables,
      // notes kept out of the search index. Ids that last (docs/authoring.md, "Links that last"): notes
      // named by what they cite, `{#id}` pins, then paragraph and list-item ids after the headings'.
      rehypePlugins: [
        rehypeRejectRawHtml,
        rehypeStableNoteIds,
        rehypePinnedIds,
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingLinkOptions],
        rehypePassageIds,
        rehypeScrollableTables,
        rehypeUnindexedNotes,
      ],
      remarkRehype: { footnoteLabel: 'Notes', footnoteLabelProperties: { className: ['footnotes-label'] } },
    }),
    // Shiki writes inline style="" attributes, which the strict CSP forbids; explainers show no code.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // Strict CSP as a <meta> on every page: hashes for what Astro emits, no 'unsafe-inline'.
  // Headers a meta tag cannot carry are in public/_headers and deploy/nginx-security-headers.conf.
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: cspScriptResources },
    },
  },
});
