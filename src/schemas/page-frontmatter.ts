import { z } from 'astro/zod';

/**
 * Frontmatter of every page in `content/pages/`. `index` is the home page; every other file is
 * served at `/<file name>/`. Topics are the corpus's own (listed in `content/site.yaml`), so the
 * schema is made for a given list of topic ids.
 */
export const pageFrontmatter = (topicIds: readonly [string, ...string[]]) =>
  z
    .object({
      title: z.string().min(1),
      /** One or two sentences; used for `<meta name="description">`, cards and search results. */
      description: z.string().min(20).max(300),
      /** Which topic the page belongs to: one of the ids under `topics` in content/site.yaml. */
      topic: z.enum(topicIds, { error: (issue) => `Unknown topic ${JSON.stringify(issue.input)}; content/site.yaml lists: ${topicIds.join(', ')}.` }),
      /** What sort of page this is; search exposes it as a filter. */
      kind: z.enum(['overview', 'explainer', 'timeline', 'people', 'claims', 'reactions', 'glossary', 'about']),
      /** When the page's content was last revised. */
      updated: z.coerce.date(),
      /** Position in the site navigation (lower first); pages without it are not in the header. */
      nav: z.number().int().optional(),
      /** Short label for the navigation, if the title is long. */
      navLabel: z.string().optional(),
    })
    .strict();

export type PageFrontmatter = z.infer<ReturnType<typeof pageFrontmatter>>;
