import { z } from 'astro/zod';

const lineSpec = z
  .union([z.number().int().positive(), z.string().regex(/^\s*\d+\s*(?:[-–]\s*\d+\s*)?$/)])
  .describe('A 1-based line number or an inclusive range such as "21-27"');

const why = z.string().min(3).describe('Why the lines are treated this way; shown to readers');

const pattern = z.string().min(1).describe('A JavaScript regular expression, matched against one raw line at a time');

export const curationRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('title'), lines: lineSpec }).strict(),
  z.object({ rule: z.literal('dateline'), lines: lineSpec }).strict(),
  z
    .object({
      rule: z.literal('omit'),
      lines: lineSpec.optional(),
      pattern: pattern.optional().describe('Omit every line this regular expression matches (instead of `lines`)'),
      split: z.boolean().optional().describe('The omitted lines end the paragraph they sit in (default: it runs on across them)'),
      why,
    })
    .strict(),
  z
    .object({
      rule: z.literal('strip'),
      pattern: pattern.describe('What to remove inside lines, e.g. box borders `^\\*+|\\*+$`'),
      lines: lineSpec.optional().describe('Only in these lines (default: every line)'),
      why,
    })
    .strict(),
  z
    .object({
      rule: z.literal('heading'),
      lines: lineSpec.describe('The heading line (a heading and its underline: two lines)'),
      depth: z.number().int().min(1).max(6).optional().describe('Its level, 1 for a top-level section (default: from its shape)'),
    })
    .strict(),
  z.object({ rule: z.literal('not-heading'), lines: lineSpec.describe('A line default detection takes for a heading that is not one') }).strict(),
  z.object({ rule: z.literal('preformatted'), lines: lineSpec.describe('Lines kept verbatim, line by line (a notice, code, a table)') }).strict(),
  z
    .object({
      rule: z.literal('duplicate'),
      lines: lineSpec,
      of: lineSpec.describe('The lines this block repeats, byte for byte after whitespace folding'),
      why,
    })
    .strict(),
  z
    .object({
      rule: z.literal('caption'),
      lines: lineSpec,
      text: z.string().min(1).describe('The caption text glued to the start of the line'),
      why,
    })
    .strict(),
  z
    .object({
      rule: z.literal('comments'),
      lines: lineSpec,
      style: z.enum(['line', 'numbered']).describe('"line": one comment per line; "numbered": "  N. author" opens each comment'),
    })
    .strict(),
]);

export const relation = z
  .object({
    type: z.enum(['reposts', 'relays', 'cites']),
    source: z.string().optional().describe('Id of a source in this corpus'),
    work: z.string().optional().describe('A work outside the corpus, described in words'),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => Boolean(r.source) !== Boolean(r.work), {
    message: 'A relation names either `source` (an id in this corpus) or `work` (a text outside it), not both.',
  });

/** The kinds of source a site knows when its `content/site.yaml` lists none (`sourceKinds`): the news-shaped first corpus's. */
export const DEFAULT_SOURCE_KINDS = ['news report', 'blog post', 'forum repost', 'press release', 'document'] as const;

/** Why `kind` is not one of the site's kinds (`sourceKinds` in content/site.yaml), or undefined when it is. */
export function unknownKind(kind: string, kinds: readonly string[]): string | undefined {
  if (kinds.includes(kind)) return undefined;
  return `"${kind}" is not a kind of source this site knows. Use one of: ${kinds.map((k) => `"${k}"`).join(', ')}.`;
}

/** `2023-02-30` is well-formed but no day: Date rolls it over into March. */
function isCalendarDay(iso: string): boolean {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso);
}

/**
 * A date as precisely as the text states it: `2004`, `2004-01` or `2004-01-15` (never a made-up
 * month or day). YAML reads a bare `2004` as a number; it is taken as the year.
 */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Write the date as precisely as the text states it: "2004", "2004-01" or "2004-01-15".')
      .refine((d) => d.length < 10 || isCalendarDay(d), 'No such day in the calendar.'),
  );

/**
 * The curated metadata file that sits beside each raw source text (`<name>.yaml` next to
 * `<name>.txt`). Curation is data, not code: another corpus needs new YAML, never a code change.
 */
export const sourceMeta = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'Use a short lowercase id such as "cluley" (letters, digits, dashes).'),
    title: z.string().min(1),
    shortTitle: z.string().min(1).describe('How footnotes name the source, e.g. "Cluley"'),
    site: z.string().min(1).describe('Site or publisher as the text shows it'),
    siteNote: z.string().optional().describe('Where the site name comes from when the text does not show it'),
    author: z.string().nullable(),
    authorNote: z.string().optional(),
    date: partialDate.nullable().describe('Only when the text states it, only as precisely as it states it'),
    dateNote: z.string().optional().describe('How the text bounds the date when it states none'),
    kind: z.string().min(1).describe("One of the site's `sourceKinds` (content/site.yaml; checked by lib/read-archive)"),
    format: z
      .enum(['blank-lines', 'lines', 'markdown', 'html'])
      .optional()
      .describe(
        'How the raw file is read. Plain text (.txt): "blank-lines" (the default), paragraphs are separated by blank lines; "lines", one paragraph per line. A .md file is "markdown", a .html file "html" (the default for those names).',
      ),
    headings: z
      .enum(['detect', 'marked'])
      .default('detect')
      .describe('Plain text: "detect" recognises numbered and capitals headings (docs/authoring.md); "marked" takes only the lines `heading` rules name'),
    relations: z.array(relation).default([]),
    curation: z.array(curationRule).default([]),
    version: z.string().min(1).optional().describe('The version the text states: "3", "2.0", "Revision 4"'),
    publisher: z.string().min(1).optional().describe('Who issued the text, when not the site: "Free Software Foundation", a ministry, a court'),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Where the original was published'),
    retrieved: z.iso.date().optional().describe('The day the archived copy was taken from `url` (YYYY-MM-DD)'),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (meta.date === null && !meta.dateNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateNote'],
        message: 'With `date: null`, say in `dateNote` how the text bounds the date (or that it does not).',
      });
    }
    // Cited at its own address, an original needs the day it was read there (citation styles print both).
    if (meta.retrieved && !meta.url) ctx.addIssue({ code: 'custom', path: ['retrieved'], message: 'A retrieval date needs the `url` it was retrieved from.' });
    if (meta.url && !meta.retrieved) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'With `url`, say in `retrieved` (YYYY-MM-DD) on which day the archived copy was taken from it.' });
    }
  });

export type SourceMeta = z.infer<typeof sourceMeta>;
export type CurationRule = z.infer<typeof curationRule>;
export type Relation = z.infer<typeof relation>;
