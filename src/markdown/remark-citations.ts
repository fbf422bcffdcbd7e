import { join, resolve } from 'node:path';
import type { FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SourcebookError, type SourcePosition } from '../lib/errors';
import { recordIfAuthoringError } from '../lib/markdown-errors';
import { formatIsoDate } from '../lib/format-date';
import { parseCitations, type Citation, type CitationGroup } from '../lib/parse-citations';
import { matchOccurrences } from '../lib/text-position';
import { joinBase, sourcePath } from '../lib/urls';
import { label, verifyCitation, type CitationIndex, type IndexedSource } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { locator } from './file-locator';
import { numberFootnotes } from './footnote-numbers';

export interface RemarkCitationsOptions {
  /** Folder of the source archive (default: `content/sources` under `process.cwd()`). */
  sourcesDir?: string;
  /** Astro's `base`, prefixed to links into the archive (default: `'/'`). */
  base?: string;
  /** remark-rehype's `clobberPrefix`, to predict the footnote ids it writes (default: `'user-content-'`). */
  clobberPrefix?: string;
  /** An index to verify against instead of reading `sourcesDir` (tests). */
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
  /** `p4` or `c2`. */
  paragraphId: string;
  quote?: string;
  /** Where the citation is written, 1-based, in the Markdown file. */
  line: number;
  column: number;
}

/**
 * Turns citation groups (`[@cluley ¶4 "words"]`, see docs/authoring.md) into GFM footnotes whose
 * text names the source and links to the cited paragraph, after checking that the source, the
 * paragraph and the quoted words exist. Records every citation in
 * `file.data.astro.frontmatter.citations` (read it as `remarkPluginFrontmatter` after `render()`).
 *
 * Preconditions: runs after remark-gfm (footnotes) and before remark-rehype with the default
 * footnote options; `file.value` is the Markdown text the tree was parsed from. Positions in
 * errors are exact when `file.path` names the file on disk (the Markdown may be a suffix of it,
 * as Astro strips frontmatter), else relative to `file.value`. Errors are `SourcebookError`s.
 */
export function remarkCitations(options: RemarkCitationsOptions = {}) {
  const base = options.base ?? '/';
  const clobberPrefix = options.clobberPrefix ?? 'user-content-';
  const sourcesDir = resolve(options.sourcesDir ?? join(process.cwd(), 'content/sources'));
  const getIndex = () => options.index ?? loadIndex(sourcesDir);

  return function transform(tree: Root, file: VFile) {
    try {
      transformTree(tree, file);
    } catch (error) {
      // Astro's content layer only logs a page's rendering error; the build is stopped by
      // failOnMarkdownErrors with what was recorded here.
      throw recordIfAuthoringError(error);
    }
  };

  function transformTree(tree: Root, file: VFile) {
    const index = getIndex();
    const locate = locator(file);
    const taken = new Set<string>();
    visitParents(tree, (node) => {
      if (node.type === 'footnoteDefinition') taken.add(node.identifier.toLowerCase());
    });

    const notes = new Map<string, { identifier: string; group: CitationGroup; sources: IndexedSource[] }>();
    const written = new Map<FootnoteReference, SourcePosition>();
    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'text' || !node.value.includes('[@')) return;
      const parent = ancestors[ancestors.length - 1]!;
      const replacement = expand(node, ancestors);
      if (replacement) parent.children.splice(parent.children.indexOf(node as never), 1, ...(replacement as never[]));
    });

    function expand(node: Text, ancestors: Parent[]): PhrasingContent[] | undefined {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const raw = start !== undefined && end !== undefined ? String(file.value).slice(start, end) : undefined;
      const inRaw = raw === undefined ? undefined : matchOccurrences(node.value, raw, '[@');
      const where = (offset: number) => {
        const rawOffset = inRaw?.get(offset);
        return locate(start === undefined ? undefined : start + (rawOffset ?? 0), node);
      };
      const out: PhrasingContent[] = [];
      let from = 0;
      for (const group of parseCitations(node.value)) {
        const rawOffset = inRaw?.get(group.offset);
        // `\[@` in the Markdown is the author's way to write a literal "[@".
        if (rawOffset !== undefined && rawOffset > 0 && raw![rawOffset - 1] === '\\') continue;
        if (!group.ok) throw new SourcebookError(where(group.offset), group.reason, group.hint);
        if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) {
          throw new SourcebookError(where(group.offset), 'A citation inside a link cannot become a footnote.', 'Move the citation after the link.');
        }
        const sources = group.citations.map((citation) => {
          const result = verifyCitation(index, citation);
          if (!result.ok) throw new SourcebookError(where(group.offset), result.reason, result.hint);
          return result.source;
        });
        const before = node.value.slice(from, group.offset).replace(/[ \t]+$/, '');
        if (before) out.push({ type: 'text', value: before });
        const key = JSON.stringify(group.citations);
        let note = notes.get(key);
        if (!note) {
          note = { identifier: freeIdentifier(taken, notes.size + 1), group, sources };
          notes.set(key, note);
        }
        const reference: FootnoteReference = { type: 'footnoteReference', identifier: note.identifier, label: note.identifier };
        written.set(reference, where(group.offset));
        out.push(reference);
        from = group.offset + group.length;
      }
      if (out.length === 0) return undefined;
      const rest = node.value.slice(from);
      if (rest) out.push({ type: 'text', value: rest });
      return out;
    }

    for (const { identifier, group, sources } of notes.values()) {
      const definition: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: [{ type: 'paragraph', children: describeGroup(group.citations, sources, base) }],
      };
      tree.children.push(definition as RootContent);
    }

    const byIdentifier = new Map([...notes.values()].map((n) => [n.identifier, n]));
    const marks = numberFootnotes(tree);
    const records: CitationRecord[] = [];
    for (const [reference, at] of written) {
      const mark = marks.get(reference)!;
      const safeId = encodeURIComponent(reference.identifier.toLowerCase());
      const note = byIdentifier.get(reference.identifier)!;
      for (const citation of note.group.citations) {
        records.push({
          note: mark.number,
          refId: `${clobberPrefix}fnref-${safeId}${mark.reuse > 1 ? `-${mark.reuse}` : ''}`,
          noteId: `${clobberPrefix}fn-${safeId}`,
          sourceId: citation.sourceId,
          paragraphId: citation.locator.id,
          ...(citation.quote === undefined ? {} : { quote: citation.quote }),
          line: at.line ?? 0,
          column: at.column ?? 0,
        });
      }
    }
    records.sort((a, b) => a.note - b.note || a.refId.localeCompare(b.refId));
    const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    data.frontmatter = { ...data.frontmatter, citations: records };
  }
}

/** The note's text: "Graham Cluley (undated), ¶4: “words”; reader comment 2 on AppleInsider (undated)." */
function describeGroup(citations: Citation[], sources: IndexedSource[], base: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  citations.forEach((citation, i) => {
    const source = sources[i]!;
    const href = joinBase(base, sourcePath(source.id, citation.locator.id));
    const date = source.date ? formatIsoDate(source.date) : 'undated';
    const about = source.shortTitle === source.site ? `${source.shortTitle} (${date})` : `${source.shortTitle} (${source.site}, ${date})`;
    if (i > 0) out.push({ type: 'text', value: '; ' });
    if (citation.locator.kind === 'comment') {
      // A reader's comment is never the publication's voice: the link text says whose words they are.
      out.push({ type: 'link', url: href, children: [{ type: 'text', value: `reader comment ${citation.locator.id.slice(1)}` }] });
      out.push({ type: 'text', value: ` on ${about}` });
    } else {
      out.push({ type: 'text', value: `${about}, ` });
      out.push({ type: 'link', url: href, children: [{ type: 'text', value: label(citation.locator.id) }] });
    }
    if (citation.quote !== undefined) out.push({ type: 'text', value: `: “${citation.quote}”` });
  });
  // A quotation that already ends a sentence ("…Simple as that.”) takes no second full stop.
  const lastQuote = citations.at(-1)?.quote;
  if (!lastQuote || !/[.!?…]$/.test(lastQuote.trim())) out.push({ type: 'text', value: '.' });
  return out;
}

function freeIdentifier(taken: Set<string>, n: number): string {
  let identifier = `cite-${n}`;
  for (let k = 2; taken.has(identifier); k += 1) identifier = `cite-${n}-${k}`;
  taken.add(identifier);
  return identifier;
}

type Visitor = (node: RootContent, ancestors: Parent[]) => void;

/** Depth-first, children snapshot per parent, so a visitor may replace the node it is given. */
function visitParents(tree: Root, visitor: Visitor) {
  const walk = (parent: Parent, ancestors: Parent[]) => {
    for (const child of [...parent.children] as RootContent[]) {
      visitor(child, [...ancestors, parent]);
      if ('children' in child && parent.children.includes(child as never)) walk(child, [...ancestors, parent]);
    }
  };
  walk(tree, []);
}
