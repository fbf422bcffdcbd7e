import { defineCollection } from 'astro:content';
import { loadSiteConfig } from './lib/site-config';
import { pageLoader } from './loaders/page-loader';
import { sourceLoader } from './loaders/source-loader';
import { archivedSource } from './schemas/archived-source';
import { pageFrontmatter } from './schemas/page-frontmatter';

/** The archived source texts, split into addressable paragraphs (`content/sources/*.txt` + `.yaml`). */
const sources = defineCollection({ loader: sourceLoader(), schema: archivedSource });

/** The written pages: overview, explainers and their companions (`content/pages/*.md(x)`). */
const pages = defineCollection({
  // Rendered by the content layer (faster than deferRender, which compiles every page through Vite);
  // how its plugin errors still stop the build: src/lib/markdown-errors.ts. The loader keeps a page
  // between builds only while nothing it was rendered from changed (loaders/page-loader.ts).
  loader: pageLoader({ base: './content/pages', pattern: '**/*.{md,mdx}' }),
  schema: pageFrontmatter(topicIds()),
});

function topicIds(): [string, ...string[]] {
  const [first, ...rest] = loadSiteConfig().topics.map((t) => t.id);
  return [first!, ...rest];
}

export const collections = { sources, pages };
