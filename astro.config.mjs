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
import { checkInternalLinks } from './src/integrations/check-internal-links.ts';
import { remarkCheckUrls } from './src/markdown/remark-check-urls.ts';
import { remarkUnverifiedCitations } from './src/markdown/remark-unverified-citations.ts';
import { remarkMdxImports } from './src/markdown/remark-mdx-imports.ts';
import { rehypeReservedIds } from './src/markdown/rehype-reserved-ids.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkSmartQuotes } from './src/markdown/remark-smart-quotes.ts';
import { remarkVerifyProseQuotes } from './src/markdown/remark-verify-prose-quotes.ts';
import { remarkVerifyAttribution } from './src/markdown/remark-verify-attribution.ts';
import { remarkVerifyAllQuotes } from './src/markdown/remark-verify-all-quotes.ts';
import { remarkCitationLock } from './src/markdown/remark-citation-lock.ts';
import { citationLock } from './src/integrations/citation-lock.ts';
import { remarkCountUncited } from './src/markdown/remark-count-uncited.ts';
import { uncitedSentenceReport } from './src/integrations/uncited-sentences.ts';
import { failOnMarkdownErrors } from './src/integrations/fail-on-markdown-errors.ts';
import { rehypeReportErrors, remarkCollectErrors } from './src/markdown/page-errors.ts';
import rehypeRejectRawHtml from './src/markdown/reject-raw-html.ts';
import { cspDirectives, cspScriptResources } from './src/security/csp-policy.mjs';
import { offlineEdition } from './src/integrations/offline-edition.ts';
import { offlineServiceWorker } from './src/integrations/offline-service-worker.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { normaliseBase, siteOrigin } from './src/lib/urls.ts';
import { permalinkGuard } from './src/integrations/permalink-guard.ts';
import { siteOriginNotice } from './src/integrations/site-origin-notice.ts';
import { PLACEHOLDER_ORIGIN } from './src/lib/site-origin.ts';
import { readInputsOnce } from './src/integrations/read-inputs-once.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import { citationFormatting } from './src/integrations/citation-formatting.ts';

// SITE_BASE lets the same build be deployed under a sub-path (e.g. /<repo>/); URLs are made by
// src/lib/urls.ts, which reads Astro's `base`, never by string concatenation in pages. `sub` and
// `/sub` both mean `/sub/`; a base or site URL that cannot work stops here, naming the variable.
const base = normaliseBase(process.env.SITE_BASE);

export default defineConfig({
  // Without SITE_URL the build says so and uses a placeholder origin (src/lib/site-origin.ts).
  site: siteOrigin(process.env.SITE_URL, PLACEHOLDER_ORIGIN),
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Order matters: the uncited-sentence report runs before the Markdown error gate, the citation
  // lock after it; the permalink guard writes redirect pages before links are checked and before
  // the search index and the service worker list the files; the offline edition reads the Pagefind
  // index and writes its size into the pages; the service worker lists the final files.
  integrations: [
    readInputsOnce(),
    pageCache(),
    citationFormatting(),
    siteOriginNotice(),
    checkPageFrontmatter(),
    mdx(),
    uncitedSentenceReport(),
    failOnMarkdownErrors(),
    citationLock(),
    permalinkGuard(),
    checkInternalLinks(),
    pagefindIndex(),
    offlineEdition(),
    offlineServiceWorker(),
  ],
  markdown: {
    // One processor for .md and .mdx: citations become verified footnotes (docs/authoring.md).
    processor: unified({
      // Curly quotes by our own pass (src/markdown/remark-smart-quotes.ts), same output as Astro's
      // smartypants at a fraction of its cost; it runs first, where Astro's would.
      smartypants: false,
      // Quotes in the prose are checked against the passages cited, then citations become footnotes.
      // Curly quotes first (as Astro's smartypants would); URLs and citation-like text outside the
      // prose are checked on the author's own tree; then the uncited-sentence count, the citation
      // lock, every quotation, attribution, and the citations themselves.
      // Every plugin's errors are collected from the first plugin to the last (src/markdown/page-errors.ts),
      // so one build reports every error of every page.
      remarkPlugins: [
        remarkCollectErrors,
        remarkSmartQuotes,
        remarkCheckUrls,
        remarkUnverifiedCitations,
        remarkMdxImports,
        remarkCountUncited,
        remarkCitationLock,
        remarkVerifyAllQuotes,
        remarkVerifyProseQuotes,
        remarkVerifyAttribution,
        [remarkCitations, { base }],
      ],
      // Raw HTML stops the build unless it is a bare inert tag (docs/quality.md); then heading ids
      // (Astro would add them after our plugins), a "#" link on every heading, scrollable tables,
      // notes kept out of the search index. Ids that last (docs/authoring.md, "Links that last"): notes
      // named by what they cite, `{#id}` pins, then paragraph and list-item ids after the headings'.
      rehypePlugins: [
        rehypeRejectRawHtml,
        rehypeStableNoteIds,
        rehypePinnedIds,
        rehypeHeadingIds,
        rehypeReservedIds,
        [rehypeAutolinkHeadings, headingLinkOptions],
        rehypePassageIds,
        rehypeScrollableTables,
        rehypeUnindexedNotes,
        rehypeReportErrors,
      ],
      remarkRehype: { footnoteLabel: 'Notes', footnoteLabelProperties: { className: ['footnotes-label'] } },
    }),
    // Shiki writes inline style="" attributes, which the strict CSP forbids; explainers show no code.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // The small helpers that both always-loaded scripts share (Vite's dynamic-import helper, URL
  // building) go in one chunk, not two: one request fewer in every page's first view.
  vite: {
    build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shared', test: /preload-helper|src[\\/]lib[\\/]urls\.ts/ }] } } } },
  },
  // Strict CSP as a <meta> on every page: hashes for what Astro emits, no 'unsafe-inline'.
  // Headers a meta tag cannot carry are in public/_headers and deploy/nginx-security-headers.conf.
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: cspScriptResources },
    },
  },
});
