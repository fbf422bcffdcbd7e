import { z } from 'astro/zod';

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
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'Use a BCP 47 language tag such as "en" or "en-GB".'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfig>;
