import { z } from 'astro/zod';
import { relation } from './source-meta';

/** What the source loader stores for each source: metadata plus the curated, addressable text. */
export const archivedSource = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  site: z.string(),
  siteNote: z.string().optional(),
  author: z.string().nullable(),
  authorNote: z.string().optional(),
  date: z.string().nullable(),
  dateNote: z.string().optional(),
  kind: z.string(),
  relations: z.array(relation),
  file: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  lineCount: z.number(),
  headline: z.string().nullable(),
  dateline: z.string().nullable(),
  paragraphs: z.array(z.object({ id: z.string(), text: z.string(), line: z.number(), endLine: z.number() })),
  comments: z.array(
    z.object({
      id: z.string(),
      author: z.string().nullable(),
      paragraphs: z.array(z.string()),
      line: z.number(),
      endLine: z.number(),
      repeatedAt: z.array(z.number()),
    }),
  ),
  omitted: z.array(z.object({ from: z.number(), to: z.number(), text: z.string(), why: z.string() })),
});

export type ArchivedSourceEntry = z.infer<typeof archivedSource>;
