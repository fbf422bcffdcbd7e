import type { PhrasingContent } from 'mdast';
import { parseDocument, stringify } from 'yaml';
import { parseCitations, type Citation } from '../../src/lib/parse-citations';
import { passageNumber } from '../../src/lib/passage-id';
import { describeGroup, type NoteSource } from '../../src/markdown/remark-citations';

/**
 * Our pages rewritten for a stock Starlight site, so the benchmark compares the two on the same
 * words: each citation group becomes a plain GFM footnote carrying the text our build gives it
 * ("Graham Cluley (undated), ¶4: “words”."), with the same link; frontmatter keeps what Starlight's
 * schema knows (title, description).
 */

/** What a footnote needs to know about a source (a subset of `ArchivedSource`). */
export type SourceLabel = NoteSource;

/** Characters CommonMark may read as syntax anywhere in a line (`&` for entities). */
const INLINE_SYNTAX = /[\\`*_[\]<>{}|~!&#]/g;

/** Text as literal inline Markdown on one line: no emphasis, links, HTML or entities. */
function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(INLINE_SYNTAX, '\\$&');
}

/** Archived text as literal Markdown: one line, no emphasis, links, HTML, entities or block syntax. */
export function escapeMarkdown(text: string): string {
  const inline = escapeInline(text.trim());
  // Block markers only count at the start of a line: list bullets, ordered lists, setext underlines.
  return inline.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The note's words for one group, exactly as our remark-citations plugin writes them, in Markdown. */
export function noteMarkdown(citations: Citation[], sources: ReadonlyMap<string, SourceLabel>, base = '/'): string {
  const cited = citations.map((citation) => {
    const source = sources.get(citation.sourceId);
    if (!source) throw new Error(`Unknown source "${citation.sourceId}".`);
    return source;
  });
  return describeGroup(citations, cited, base).map(phrasingMarkdown).join('');
}

/** The text and links a note is made of, as Markdown. */
function phrasingMarkdown(node: PhrasingContent): string {
  if (node.type === 'text') return escapeInline(node.value);
  if (node.type === 'link') return `[${node.children.map(phrasingMarkdown).join('')}](${node.url})`;
  throw new Error(`A note holds only text and links, not ${node.type}.`);
}

/**
 * Replaces every citation group in a Markdown body by a footnote reference (`[^cite-1]`) and
 * appends the definitions. Identical groups share one note, as in our build; the space before a
 * group goes, as in our build; `\[@` stays literal text. Code is not special-cased: our pages
 * put no citation syntax in code.
 */
export function citationsToFootnotes(body: string, sources: ReadonlyMap<string, SourceLabel>, base = '/'): string {
  const notes = new Map<string, { id: string; text: string }>();
  let out = '';
  let from = 0;
  for (const group of parseCitations(body)) {
    if (group.offset > 0 && body[group.offset - 1] === '\\') continue;
    if (!group.ok) throw new Error(`${group.reason} ${group.hint}`);
    const key = JSON.stringify(group.citations);
    let note = notes.get(key);
    if (!note) {
      note = { id: freeId(body, notes.size + 1), text: noteMarkdown(group.citations, sources, base) };
      notes.set(key, note);
    }
    out += `${body.slice(from, group.offset).replace(/[ \t]+$/, '')}[^${note.id}]`;
    from = group.offset + group.length;
  }
  out += body.slice(from);
  if (notes.size === 0) return out;
  const definitions = [...notes.values()].map((n) => `[^${n.id}]: ${n.text}`).join('\n');
  return `${out.replace(/\s*$/, '')}\n\n${definitions}\n`;
}

function freeId(body: string, n: number): string {
  let id = `cite-${n}`;
  for (let k = 2; body.includes(`[^${id}]`); k += 1) id = `cite-${n}-${k}`;
  return id;
}

/** Splits `---\nyaml\n---\nbody`; a file without frontmatter has an empty one. */
export function splitFrontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(file);
  if (!match) return { data: {}, body: file };
  return { data: (parseDocument(match[1]!).toJS() ?? {}) as Record<string, unknown>, body: file.slice(match[0].length) };
}

/** A whole page file in Starlight's terms: title and description only, citations as footnotes. */
export function toStarlightPage(file: string, sources: ReadonlyMap<string, SourceLabel>, base = '/'): string {
  const { data, body } = splitFrontmatter(file);
  const front: Record<string, unknown> = { title: data.title };
  if (data.description !== undefined) front.description = data.description;
  return `---\n${stringify(front)}---\n\n${citationsToFootnotes(body, sources, base)}`;
}

/** What an archive page shows, as Markdown: paragraphs (with their `#p4` anchors) and reader comments. */
export interface ArchivePage {
  title: string;
  paragraphs: Array<{ id: string; text: string }>;
  comments: Array<{ id: string; author: string | null; paragraphs: string[] }>;
}

/** An archive page as Starlight Markdown: each paragraph and comment behind its own anchor. */
export function archivePageMarkdown(source: ArchivePage): string {
  const lines = [`---\n${stringify({ title: source.title })}---`, ''];
  for (const p of source.paragraphs) lines.push(`<a id="${p.id}"></a>${escapeMarkdown(p.text)}`, '');
  if (source.comments.length) lines.push('## Reader comments', '');
  for (const c of source.comments) {
    const by = c.author === null ? 'anonymous' : `by “${escapeMarkdown(c.author)}”`;
    lines.push(`<a id="${c.id}"></a>**Reader comment ${passageNumber(c.id)}, ${by}**`, '');
    for (const text of c.paragraphs) lines.push(escapeMarkdown(text), '');
  }
  return lines.join('\n');
}
