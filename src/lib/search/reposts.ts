/** What repost matching needs of a source: its id, how it is named, its relations and paragraphs. */
export interface RepostSource {
  id: string;
  shortTitle: string;
  relations: ReadonlyArray<{ type: string; source?: string | undefined }>;
  paragraphs: ReadonlyArray<{ id: string; text: string }>;
}

/** Where a repost's paragraph also stands: the repost's own label and link target. */
export interface RepostCopy {
  repostId: string;
  /** `Forum repost ¶3`. */
  label: string;
  paragraphId: string;
}

export interface RepostIndex {
  /** `<repost id>#<paragraph id>` of every repost paragraph found in its original: not indexed on its own. */
  copied: Set<string>;
  /** `<original id>#<paragraph id>` → the repost paragraphs that carry (part of) its words. */
  copies: Map<string, RepostCopy[]>;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Finds the paragraphs a repost copies from the text it declares (`relations: - type: reposts`)
 * — by its words, not its name. The two texts may break paragraphs differently (the repost joins
 * two of the original's, or splits one), so each repost paragraph is looked up in the original's
 * whole text, in reading order, and mapped to every original paragraph it overlaps. A repost
 * paragraph not found word for word stays a passage of its own.
 */
export function findReposts(sources: readonly RepostSource[]): RepostIndex {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const copied = new Set<string>();
  const copies = new Map<string, RepostCopy[]>();
  for (const repost of sources) {
    for (const relation of repost.relations) {
      const original = relation.type === 'reposts' && relation.source ? byId.get(relation.source) : undefined;
      if (!original) continue;
      const spans: Array<{ id: string; start: number; end: number }> = [];
      let whole = '';
      for (const p of original.paragraphs) {
        if (whole) whole += ' ';
        spans.push({ id: p.id, start: whole.length, end: whole.length + fold(p.text).length });
        whole += fold(p.text);
      }
      let cursor = 0;
      for (const p of repost.paragraphs) {
        const text = fold(p.text);
        const at = text ? whole.indexOf(text, cursor) : -1;
        if (at < 0) continue;
        cursor = at + text.length;
        copied.add(`${repost.id}#${p.id}`);
        for (const span of spans) {
          if (span.end <= at || span.start >= cursor) continue;
          const key = `${original.id}#${span.id}`;
          const list = copies.get(key) ?? [];
          list.push({ repostId: repost.id, label: `${repost.shortTitle} ¶${p.id.slice(1)}`, paragraphId: p.id });
          copies.set(key, list);
        }
      }
    }
  }
  return { copied, copies };
}
