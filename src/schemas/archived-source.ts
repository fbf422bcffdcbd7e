import { z } from 'astro/zod';
import { curationRule, relation } from './source-meta';

/**
 * An article paragraph; `id` is its stable anchor, `p1`…, and `line`–`endLine` where it stands in the raw file.
 * `section` is the id of the innermost section that holds it (null before the first heading, or in a text without headings).
 */
const archivedParagraph = z.object({
  id: z.string(),
  /** The words as citations quote them: whitespace folded, curation applied (verification reads this). */
  text: z.string(),
  line: z.number(),
  endLine: z.number(),
  section: z.string().nullable(),
  /** How the source sets it: running prose, an item of a list ("(a) …", kept with its marker), a quotation block, or preformatted lines. */
  shape: z.enum(['prose', 'list-item', 'quote', 'preformatted']),
  /** List nesting: 1 for an item of a top-level list, 2 inside it…; 0 outside lists (a prose paragraph inside an item has the item's depth). */
  depth: z.number(),
  /** Preformatted only: its lines as printed, the common indentation removed. */
  lines: z.array(z.string()).optional(),
});

/**
 * A heading inside a source — a law's "11. Patents.", a licence's "TERMS AND CONDITIONS", a web page's <h2>.
 * `id` is its anchor (`s11`, readable); `number` is how citations name it (`§11` → "11"), null for an unnumbered
 * heading; `parent` is the id of the enclosing section, so `depth` 1 sections have `parent: null`.
 */
const archivedSection = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  line: z.number(),
  depth: z.number(),
  parent: z.string().nullable(),
});

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

/** Text a `strip` rule removed inside lines: how many lines it touched, between which, and an example of what it removed. */
const strippedText = z.object({ pattern: z.string(), why: z.string(), from: z.number(), to: z.number(), count: z.number(), example: z.string() });

/** What curation makes of a raw text (src/lib/curate-text.ts). `headline` is the title as the raw text prints it. */
const archivedText = z.object({
  headline: z.string().nullable(),
  dateline: z.string().nullable(),
  sections: z.array(archivedSection),
  paragraphs: z.array(archivedParagraph),
  comments: z.array(archivedComment),
  omitted: z.array(omittedBlock),
  stripped: z.array(strippedText),
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
  version: z.string().optional(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  retrieved: z.string().optional(),
  format: z.enum(['blank-lines', 'lines', 'markdown', 'html']),
  headings: z.string(),
  relations: z.array(relation),
  curation: z.array(curationRule),
  file: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  lineCount: z.number(),
});

export type ArchivedParagraph = z.infer<typeof archivedParagraph>;
export type ArchivedSection = z.infer<typeof archivedSection>;
export type ArchivedComment = z.infer<typeof archivedComment>;
export type OmittedBlock = z.infer<typeof omittedBlock>;
export type StrippedText = z.infer<typeof strippedText>;
export type ArchivedText = z.infer<typeof archivedText>;
/** One archived source, as `readArchive` returns it and the `sources` collection stores it. */
export type ArchivedSource = z.infer<typeof archivedSource>;
