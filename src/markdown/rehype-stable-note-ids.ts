import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { eachElement } from './each-element';
import { authorNoteSuffix, citationNoteSuffix, noteId, refId, type CitedPassage } from '../lib/passage-ids';

export interface StableNoteIdsOptions {
  /** remark-rehype's `clobberPrefix` (default: `'user-content-'`). */
  clobberPrefix?: string;
}

interface RecordedCitation extends CitedPassage {
  noteId: string;
  refId: string;
}

/**
 * Rehype plugin: footnote ids that do not move when other notes are added. remark-rehype numbers
 * notes `fn-cite-1`, `fn-cite-2`… in order of appearance; this gives each note an id from what it
 * cites (`note-<source>-<passage>-<hash>`, see lib/passage-ids) or, for an author's own `[^label]`,
 * from its label (`note-label`), and its references `ref-…`, `ref-…-2`. The visible numbers and the
 * markup stay as remark-rehype made them. The citation records of remark-citations
 * (`file.data.astro.frontmatter.citations`) are updated in place, so back-references and
 * citations.json link to the new ids. Register it first after remark-rehype.
 */
export function rehypeStableNoteIds(options: StableNoteIdsOptions = {}) {
  const prefix = options.clobberPrefix ?? 'user-content-';
  const notePrefix = `${prefix}fn-`;
  const refPrefix = `${prefix}fnref-`;

  return (tree: Root, file: VFile) => {
    const records = (file.data.astro as { frontmatter?: { citations?: RecordedCitation[] } } | undefined)?.frontmatter?.citations ?? [];
    // Old note id → what the note cites, in the order written (records repeat it once per reference).
    const cited = new Map<string, CitedPassage[]>();
    const firstRef = new Map<string, string>();
    for (const r of records) {
      if (!firstRef.has(r.noteId)) firstRef.set(r.noteId, r.refId);
      if (firstRef.get(r.noteId) !== r.refId) continue;
      cited.set(r.noteId, [...(cited.get(r.noteId) ?? []), r]);
    }

    // Short hashes, unless two citation notes of this page would share one (then both get 12 characters).
    const short = new Map([...cited].map(([id, passages]) => [id, citationNoteSuffix(passages)]));
    const clash = new Set([...short.values()].filter((v, i, all) => all.indexOf(v) !== i));
    const suffixes = new Map<string, string>();
    const suffixOf = (label: string) => {
      let suffix = suffixes.get(label);
      if (!suffix) {
        const passages = cited.get(`${notePrefix}${label}`);
        const brief = short.get(`${notePrefix}${label}`);
        suffix = passages ? (clash.has(brief!) ? citationNoteSuffix(passages, 12) : brief!) : authorNoteSuffix(decodeURIComponent(label));
        suffixes.set(label, suffix);
      }
      return suffix;
    };
    // A reference id is `fnref-<label>` or, for the n-th reference to one note, `fnref-<label>-<n>`.
    const labels = new Set<string>();
    eachElement(tree, (node) => {
      const id = node.properties?.['id'];
      if (typeof id === 'string' && id.startsWith(notePrefix)) labels.add(id.slice(notePrefix.length));
    });
    const rename = (id: string): string => {
      if (id.startsWith(notePrefix)) return labels.has(id.slice(notePrefix.length)) ? noteId(suffixOf(id.slice(notePrefix.length))) : id;
      if (!id.startsWith(refPrefix)) return id;
      const rest = id.slice(refPrefix.length);
      if (labels.has(rest)) return refId(suffixOf(rest), 1);
      const reuse = /^(.*)-(\d+)$/.exec(rest);
      return reuse && labels.has(reuse[1]!) ? refId(suffixOf(reuse[1]!), Number(reuse[2])) : id;
    };

    eachElement(tree, (node) => {
      const props = node.properties ?? {};
      const id = props['id'];
      if (typeof id === 'string') props['id'] = rename(id);
      const href = props['href'];
      if (typeof href === 'string' && href.startsWith('#')) props['href'] = `#${rename(href.slice(1))}`;
    });
    for (const r of records) {
      r.refId = rename(r.refId);
      r.noteId = rename(r.noteId);
    }
  };
}
