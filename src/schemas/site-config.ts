import { z } from 'astro/zod';

/** `content/site.yaml`: what the site calls itself. */
export const siteConfig = z
  .object({
    title: z.string().min(1),
    tagline: z.string().min(1),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'Use a BCP 47 language tag such as "en" or "en-GB".'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfig>;
