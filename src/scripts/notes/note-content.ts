/**
 * What a note shows in a popover or a sidenote: a copy of its entry in the note list (source,
 * ¶ link and quoted words, as remark-citations wrote them), without the back-link.
 */
export const noteRefs = () => [...document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')];

/** The note-list entry a reference points to. */
export function noteOf(ref: HTMLAnchorElement): HTMLElement | null {
  const id = decodeURIComponent(ref.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

export function noteBody(note: HTMLElement): DocumentFragment {
  const copy = document.createDocumentFragment();
  for (const child of note.children) copy.append(child.cloneNode(true));
  copy.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  return copy;
}

/** Links in a note that lead to an archived paragraph or comment (`…/sources/<id>/#p4`). */
export const paragraphLinks = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a[href*="/sources/"][href*="#"]')].filter((a) => /^#[pc]\d+$/.test(a.hash));

/** The words a note quotes right after a ¶ link (`¶2: “…”`), to mark them in the paragraph. */
export function quoteAfter(link: HTMLAnchorElement): string | undefined {
  const next = link.nextSibling;
  const match = next?.nodeType === Node.TEXT_NODE ? /^:\s*[“"]([^”"]+)[”"]/.exec(next.textContent ?? '') : null;
  return match?.[1];
}

/** "Graham Cluley" from "…; Graham Cluley (undated), ¶2": the text run naming the source. */
export function sourceNameBefore(link: HTMLAnchorElement): string {
  const before = link.previousSibling?.textContent ?? '';
  const run = before.split(/[;.]\s/).pop() ?? '';
  return run
    .replace(/\s*\([^)]*\)\s*,?\s*$/, '')
    .replace(/,\s*$/, '')
    .trim();
}
