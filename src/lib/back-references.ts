/** One citation of a source passage, as a page records it (see src/markdown/remark-citations.ts). */
export interface PageCitation {
  pageId: string;
  pageTitle: string;
  note: number;
  refId: string;
  sourceId: string;
  /** The passage the citation resolved to (`p4`, `c2`, a section's `s11`): where "Cited in" lists it. */
  paragraphId: string;
  /** How the note names it when the author cited by section or by quote alone: "§ 11, ¶ 3". */
  locator?: string;
  quote?: string;
}

/** "Cited in: Bank rules, note 7 (a, b)": one note of one page, with every place it is referenced. */
export interface BackReference {
  pageId: string;
  pageTitle: string;
  note: number;
  /** Ids of the footnote reference elements in the page, in reading order. */
  refIds: string[];
}

/** sourceId → paragraph or comment id → where it is cited. One pass over the citations. */
export type BackReferenceIndex = Map<string, Map<string, BackReference[]>>;

export function groupBackReferences(citations: readonly PageCitation[]): BackReferenceIndex {
  const index: BackReferenceIndex = new Map();
  const byNote = new Map<string, BackReference>();
  for (const c of citations) {
    const key = JSON.stringify([c.sourceId, c.paragraphId, c.pageId, c.note]);
    let back = byNote.get(key);
    if (!back) {
      back = { pageId: c.pageId, pageTitle: c.pageTitle, note: c.note, refIds: [] };
      byNote.set(key, back);
      let passages = index.get(c.sourceId);
      if (!passages) index.set(c.sourceId, (passages = new Map()));
      const list = passages.get(c.paragraphId) ?? [];
      passages.set(c.paragraphId, [...list, back]);
    }
    // A note that cites one paragraph twice ([@a ¶1 "x"; @a ¶1 "y"]) is still one place in the text.
    if (!back.refIds.includes(c.refId)) back.refIds.push(c.refId);
  }
  for (const passages of index.values()) {
    for (const list of passages.values()) list.sort((a, b) => a.pageTitle.localeCompare(b.pageTitle) || a.note - b.note);
  }
  return index;
}

/** How many of a source's article paragraphs (not comments) are cited anywhere. */
export function citedParagraphCount(index: BackReferenceIndex, sourceId: string): number {
  return [...(index.get(sourceId)?.keys() ?? [])].filter((id) => id.startsWith('p')).length;
}

/** Wikipedia's labels for the second, third… reference to one note: a, b, …, z, aa, ab…. */
export function backLinkLabel(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : backLinkLabel(Math.floor(index / 26) - 1) + letter;
}

/** "Glossary: notes 11, 46": a passage's back-references gathered page by page, in the order given. */
export interface PageBackReferences {
  pageId: string;
  pageTitle: string;
  notes: BackReference[];
}

export function groupByPage(refs: readonly BackReference[]): PageBackReferences[] {
  const pages = new Map<string, PageBackReferences>();
  for (const ref of refs) {
    const page = pages.get(ref.pageId) ?? { pageId: ref.pageId, pageTitle: ref.pageTitle, notes: [] };
    page.notes.push(ref);
    pages.set(ref.pageId, page);
  }
  return [...pages.values()];
}
