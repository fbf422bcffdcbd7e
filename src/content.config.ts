import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceLoader } from './loaders/source-loader';
import { archivedSource } from './schemas/archived-source';
import { pageFrontmatter } from './schemas/page-frontmatter';

/** The archived source texts, split into addressable paragraphs (`content/sources/*.txt` + `.yaml`). */
const sources = defineCollection({ loader: sourceLoader({ dir: 'content/sources' }), schema: archivedSource });

/** The written pages: overview, explainers and their companions (`content/pages/*.md(x)`). */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}' }),
  schema: pageFrontmatter,
});

export const collections = { sources, pages };
