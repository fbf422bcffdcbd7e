import { z } from 'astro/zod';
import { curationRule, relation } from './source-meta';

/** An article paragraph; `id` is its stable anchor, `p1`…, and `line`–`endLine` where it stands in the raw file. */
const archivedParagraph = z.object({ id: z.string(), text: z.string(), line: z.number(), endLine: z.number() });

/** A reader comment, `c1`… in order; `repeatedAt` lists the lines of later verbatim repeats collapsed into it. */
const archivedComment = z.object({
  id: z.string(),
  author: z.string().nullable(),
  paragraphs: z.array(z.string()),
  line: z.number(),
  endLine: z.number(),
  repeatedAt: z.array(z.number()),
});

/** Raw lines the archive leaves out, with the curator's reason (shown on the source page). */
const omittedBlock = z.object({ from: z.number(), to: z.number(), text: z.string(), why: z.string() });

/** What curation makes of a raw text (src/lib/curate-text.ts). `headline` is the title as the raw text prints it. */
const archivedText = z.object({
  headline: z.string().nullable(),
  dateline: z.string().nullable(),
  paragraphs: z.array(archivedParagraph),
  comments: z.array(archivedComment),
  omitted: z.array(omittedBlock),
});

/** What `readArchive` makes of each source and the loader stores: the metadata (src/schemas/source-meta.ts) plus the curated, addressable text. */
export const archivedSource = archivedText.extend({
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
  format: z.string(),
  relations: z.array(relation),
  curation: z.array(curationRule),
  file: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  lineCount: z.number(),
});

export type ArchivedParagraph = z.infer<typeof archivedParagraph>;
export type ArchivedComment = z.infer<typeof archivedComment>;
export type OmittedBlock = z.infer<typeof omittedBlock>;
export type ArchivedText = z.infer<typeof archivedText>;
/** One archived source, as `readArchive` returns it and the `sources` collection stores it. */
export type ArchivedSource = z.infer<typeof archivedSource>;
