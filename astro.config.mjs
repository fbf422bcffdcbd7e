// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { headingLinkOptions } from './src/markdown/heading-links.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { checkPageFrontmatter } from './src/integrations/check-page-frontmatter.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';

// SITE_BASE lets the same build be deployed under a sub-path (e.g. /<repo>/); URLs are made by
// src/lib/urls.ts, which reads Astro's `base`, never by string concatenation in pages.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sourcebook.invalid',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [checkPageFrontmatter(), mdx()],
  markdown: {
    // One processor for .md and .mdx: citations become verified footnotes (docs/authoring.md).
    processor: unified({
      remarkPlugins: [[remarkCitations, { base }]],
      // Ids first (Astro would add them after our plugins), then a "#" link on every heading.
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinkOptions], rehypeScrollableTables],
      remarkRehype: { footnoteLabel: 'Notes', footnoteLabelProperties: { className: ['footnotes-label'] } },
    }),
  },
  devToolbar: { enabled: false },
});
