import type { FootnoteDefinition, FootnoteReference, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { SourcebookError, type SourcePosition } from '../lib/errors';
import { recordIfAuthoringError } from '../lib/markdown-errors';
import { formatIsoDate } from '../lib/format-date';
import type { Citation, CitationGroup } from '../lib/parse-citations';
import { citationLabel, passageName } from '../lib/passage-id';
import { quotedSpeaker } from '../lib/speech-spans';
import { joinBase, sourcePath } from '../lib/urls';
import type { CitationIndex, IndexedSource, ResolvedCitation, VerifyResult } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { citedTexts, type CitedText } from './citation-groups';
import { numberFootnotes } from './footnote-numbers';
import { reportErrors } from './page-errors';

export interface RemarkCitationsOptions {
  /** Project root whose `content/sources/` is cited (default: `process.cwd()`, Astro's root). */
  root?: string;
  /** Astro's `base`, prefixed to links into the archive (default: `'/'`). */
  base?: string;
  /** An index to verify against instead of the project's archive (tests). */
  index?: CitationIndex;
}

/** One citation as rendered on a page: what back-references and `citations.json` are built from. */
export interface CitationRecord {
  /** The footnote number the reader sees. */
  note: number;
  /** `id` of the footnote reference element (`<a id>` of the superscript), for back-links. */
  refId: string;
  /** `id` of the footnote's list item. */
  noteId: string;
  sourceId: string;
  /** The archive passage the citation resolved to: `p4`, `c2`, `dateline`, `line6`, or a section's `s11` (for `§11`; `§11 ¶3` is the paragraph's `p87`). */
  paragraphId: string;
  /** How the author named the passage when not by that id (`§11 ¶3`, or `"…"` for a quote alone), as the note prints it: "§ 11, ¶ 3". */
  locator?: string;
  quote?: string;
  /** Where the citation is written, 1-based, in the Markdown file. */
  line: number;
  column: number;
}

/** A footnote made from one distinct citation group; identical groups share it. */
interface Note {
  identifier: string;
  group: CitationGroup;
  /** What each citation of the group resolved to, in order. */
  resolved: ResolvedCitation[];
}

// remark-rehype's default `clobberPrefix`, which the footnote ids it writes start with.
const CLOBBER_PREFIX = 'user-content-';

/**
 * Turns citation groups (`[@cluley ¶4 "words"]`, see docs/authoring.md) into GFM footnotes whose
 * text names the source and links to the cited paragraph, after checking that the source, the
 * paragraph and the quoted words exist. Records every citation in
 * `file.data.astro.frontmatter.citations` (read it as `remarkPluginFrontmatter` after `render()`).
 *
 * Preconditions: runs after remark-gfm (footnotes) and before remark-rehype with the default
 * footnote options; `file.value` is the Markdown text the tree was parsed from. Positions in
 * errors are exact when `file.path` names the file on disk (the Markdown may be a suffix of it,
 * as Astro strips frontmatter), else relative to `file.value`. Errors are `SourcebookError`s,
 * recorded for `failOnMarkdownErrors` (see src/lib/markdown-errors.ts).
 */
export function remarkCitations(options: RemarkCitationsOptions = {}) {
  const base = options.base ?? '/';
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile) => {
    try {
      const index = options.index ?? loadIndex(root);
      const errors: SourcebookError[] = [];
      const { notes, written } = replaceGroups(tree, citedTexts(tree, file, index), errors);
      appendNotes(tree, notes, base);
      const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
      data.frontmatter = { ...data.frontmatter, citations: citationRecords(tree, notes, written) };
      reportErrors(file, errors);
    } catch (error) {
      throw recordIfAuthoringError(error);
    }
  };
}

/** Replaces each group by a footnote reference; a group that is wrong stays text, its error in `errors`. */
function replaceGroups(tree: Root, texts: Map<Text, CitedText>, errors: SourcebookError[]) {
  const taken = new Set<string>();
  visitParents(tree, 'footnoteDefinition', (node) => void taken.add(node.identifier.toLowerCase()));
  const notes = new Map<string, Note>();
  const written = new Map<FootnoteReference, SourcePosition>();
  visitParents(tree, 'text', (node, ancestors) => {
    const cited = texts.get(node);
    if (!cited) return;
    const replacement = referencesFor(cited, notes, written, taken, errors);
    // A text node's parent (paragraph, emphasis, heading, table cell…) holds phrasing content.
    const siblings = ancestors.at(-1)!.children as PhrasingContent[];
    const at = siblings.indexOf(node);
    siblings.splice(at, 1, ...replacement);
    return [SKIP, at + replacement.length];
  });
  return { notes, written };
}

function referencesFor(
  cited: CitedText,
  notes: Map<string, Note>,
  written: Map<FootnoteReference, SourcePosition>,
  taken: Set<string>,
  errors: SourcebookError[],
): PhrasingContent[] {
  const { node } = cited;
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const { group, results, at } of cited.groups) {
    if (!group.ok) {
      errors.push(new SourcebookError(at, group.reason, group.hint));
      continue;
    }
    if (cited.inLink) {
      errors.push(new SourcebookError(at, 'A citation inside a link cannot become a footnote.', 'Move the citation after the link.'));
      continue;
    }
    const failed = results.filter((result): result is Extract<VerifyResult, { ok: false }> => !result.ok);
    for (const result of failed) errors.push(new SourcebookError(at, result.reason, result.hint));
    if (failed.length > 0) continue;
    const resolved = results.filter((result): result is ResolvedCitation => result.ok);
    const before = node.value.slice(from, group.offset).replace(/[ \t]+$/, '');
    if (before) out.push({ type: 'text', value: before });
    const key = JSON.stringify(group.citations);
    let note = notes.get(key);
    if (!note) {
      note = { identifier: freeIdentifier(taken, notes.size + 1), group, resolved };
      notes.set(key, note);
    }
    const reference: FootnoteReference = { type: 'footnoteReference', identifier: note.identifier, label: note.identifier };
    written.set(reference, at);
    out.push(reference);
    from = group.offset + group.length;
  }
  const rest = node.value.slice(from);
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

function appendNotes(tree: Root, notes: Map<string, Note>, base: string) {
  for (const { identifier, group, resolved } of notes.values()) {
    const sources = resolved.map((r) => r.source);
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier,
      label: identifier,
      children: [{ type: 'paragraph', children: describeGroup(group.citations, sources, base, resolved) }],
    };
    tree.children.push(definition);
  }
}

/** One record per citation, with the number and ids remark-rehype will give its reference. */
function citationRecords(tree: Root, notes: Map<string, Note>, written: Map<FootnoteReference, SourcePosition>): CitationRecord[] {
  const byIdentifier = new Map([...notes.values()].map((n) => [n.identifier, n]));
  const marks = numberFootnotes(tree);
  const records: CitationRecord[] = [];
  for (const [reference, at] of written) {
    const mark = marks.get(reference)!;
    const safeId = encodeURIComponent(reference.identifier.toLowerCase());
    const { group, resolved } = byIdentifier.get(reference.identifier)!;
    for (const [i, citation] of group.citations.entries()) {
      const { passage, label } = resolved[i]!;
      records.push({
        note: mark.number,
        refId: `${CLOBBER_PREFIX}fnref-${safeId}${mark.reuse > 1 ? `-${mark.reuse}` : ''}`,
        noteId: `${CLOBBER_PREFIX}fn-${safeId}`,
        sourceId: citation.sourceId,
        paragraphId: passage.id,
        ...(citation.locator.kind === 'passage' ? {} : { locator: label }),
        ...(citation.quote === undefined ? {} : { quote: citation.quote }),
        line: at.line ?? 0,
        column: at.column ?? 0,
      });
    }
  }
  return records.sort((a, b) => a.note - b.note || a.refId.localeCompare(b.refId));
}

/** What a note needs of its source; with `passages`, it can also say whose words a quote is. */
export type NoteSource = Pick<IndexedSource, 'id' | 'shortTitle' | 'site' | 'date'> & Partial<Pick<IndexedSource, 'passages'>>;

/** Where a citation points and how its note names the passage (`¶4`, `§ 11, ¶ 3`): what lib/verify-citation resolved. */
export type NotePassage = Pick<ResolvedCitation, 'passage' | 'label'>;

/**
 * The note's text: "Graham Cluley (undated), ¶4: “words”; reader comment 2 on AppleInsider (undated)."
 * or "GPLv3 (Free Software Foundation, 29 June 2007), § 11, ¶ 3." `sources[i]` is the source of
 * `citations[i]`, `passages[i]` what it resolved to (needed for any locator but a passage id).
 */
export function describeGroup(citations: Citation[], sources: readonly NoteSource[], base: string, passages: readonly NotePassage[] = []): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  citations.forEach((citation, i) => {
    const source = sources[i]!;
    const { passage, label } = passages[i] ?? directPassage(citation);
    const href = joinBase(base, sourcePath(source.id, passage.id));
    const about = `${source.shortTitle}${source.shortTitle === source.site ? '' : ` (${source.site}`}${dated(source.date, source.shortTitle === source.site)}`;
    if (i > 0) out.push({ type: 'text', value: '; ' });
    if (passage.kind === 'comment') {
      // A reader's comment is never the publication's voice: the link text says whose words they are.
      out.push({ type: 'link', url: href, children: [{ type: 'text', value: passageName(passage.id) }] });
      out.push({ type: 'text', value: ` on ${about}` });
    } else {
      // Words inside the source's quotation marks are the speaker's, not the outlet's (lib/speech-spans).
      const speaker = passage.kind === 'section' ? undefined : quotedSpeaker(source.passages?.get(passage.id), citation.quote);
      out.push({ type: 'text', value: `${speaker ? `${speaker}, quoted by ` : ''}${about}, ` });
      out.push({ type: 'link', url: href, children: [{ type: 'text', value: label }] });
    }
    if (citation.quote !== undefined) out.push({ type: 'text', value: `: “${citation.quote}”` });
  });
  // A quotation that already ends a sentence ("…Simple as that.”) takes no second full stop.
  const lastQuote = citations.at(-1)?.quote;
  if (!lastQuote || !/[.!?…]$/.test(lastQuote.trim())) out.push({ type: 'text', value: '.' });
  return out;
}

/** " (Site, January 2004)" or " (undated)": the date as precise as the source gives it (lib/format-date). */
function dated(date: string | null, opens: boolean): string {
  const when = date ? formatIsoDate(date) : 'undated';
  return opens ? ` (${when})` : `, ${when})`;
}

function directPassage(citation: Citation): NotePassage {
  if (citation.locator.kind !== 'passage') throw new Error(`A ${citation.locator.kind} locator needs its resolved passage to be described.`);
  return { passage: citation.locator.passage, label: citationLabel(citation.locator.passage.id) };
}

function freeIdentifier(taken: Set<string>, n: number): string {
  let identifier = `cite-${n}`;
  for (let k = 2; taken.has(identifier); k += 1) identifier = `cite-${n}-${k}`;
  taken.add(identifier);
  return identifier;
}
