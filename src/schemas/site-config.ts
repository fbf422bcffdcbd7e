import { z } from 'astro/zod';
import { DEFAULT_SOURCE_KINDS } from './source-meta';

/** `content/site.yaml`: what the site calls itself. */
export const siteConfig = z
  .object({
    title: z.string().min(1),
    tagline: z.string().min(1),
    /** The corpus's topics: pages name one in their `topic`; search offers them as a filter. */
    topics: z
      .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), label: z.string().min(1) }).strict())
      .min(1)
      .refine((topics) => new Set(topics.map((t) => t.id)).size === topics.length, 'Topic ids must be unique.'),
    /** The kinds of text the archive holds ("licence", "statute", "report", "web page"…); each source's `kind` is one of them. */
    sourceKinds: z
      .array(z.string().min(1))
      .min(1)
      .refine((kinds) => new Set(kinds).size === kinds.length, 'Source kinds must be unique.')
      .default([...DEFAULT_SOURCE_KINDS]),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'Use a BCP 47 language tag such as "en" or "en-GB".'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfig>;
