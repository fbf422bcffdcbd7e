import { z } from 'astro/zod';

/**
 * Frontmatter of every page in `content/pages/`. `index` is the home page; every other file is
 * served at `/<file name>/`.
 */
export const pageFrontmatter = z
  .object({
    title: z.string().min(1),
    /** One or two sentences; used for `<meta name="description">`, cards and search results. */
    description: z.string().min(20).max(300),
    /** Which explainer topic the page belongs to; `general` for pages that span all of them. */
    topic: z.enum(['rules', 'audits', 'backdoors', 'general']),
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

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;
