import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadSiteConfig } from './lib/site-config';
import { sourceLoader } from './loaders/source-loader';
import { archivedSource } from './schemas/archived-source';
import { pageFrontmatter } from './schemas/page-frontmatter';

/** The archived source texts, split into addressable paragraphs (`content/sources/*.txt` + `.yaml`). */
const sources = defineCollection({ loader: sourceLoader({ dir: 'content/sources' }), schema: archivedSource });

/** The written pages: overview, explainers and their companions (`content/pages/*.md(x)`). */
const pages = defineCollection({
  // deferRender: Markdown is compiled by Vite during the build, so a failed citation check fails
  // the build (the glob loader's eager render only logs errors) and is never served from the
  // content cache after a source changed.
  loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}', deferRender: true }),
  schema: pageFrontmatter(topicIds()),
});

function topicIds(): [string, ...string[]] {
  const [first, ...rest] = loadSiteConfig().topics.map((t) => t.id);
  return [first!, ...rest];
}

export const collections = { sources, pages };
