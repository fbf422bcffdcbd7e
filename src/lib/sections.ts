import type { ArchivedSection } from '../schemas/archived-source';

/** A heading found in a source, in document order, before it gets its id, depth and parent. */
export interface FoundHeading {
  /** Normalised number (`11`, `1.4`), null for an unnumbered heading. */
  number: string | null;
  title: string;
  /** First raw line of the heading. */
  line: number;
  /** Headings of one family share a level (see source-formats/headings.ts). */
  family: string;
  /** Parts of the number: `1.4` is one level below `1`. */
  parts: number;
  /** A level fixed by the source's structure (Markdown `#`, HTML `<h2>`) or a `heading` rule; wins over the family. */
  depth?: number;
}

/**
 * Gives each heading its anchor, depth and parent.
 *
 * Ids: `s` + the number (`s11`, `s1.4`); unnumbered headings `s-` + their title slugged
 * (`s-terms-and-conditions`); a later heading with an id already taken gets `-2`, `-3`… in
 * document order (`s5`, `s5-2`), so the first keeps the plain id.
 *
 * Depth: families rank in the order they first appear (a licence's capitals `TERMS AND
 * CONDITIONS` before its `0. Definitions.`), each taking as many levels as its numbers have
 * parts; a heading's parent is the nearest earlier heading of a smaller depth.
 */
export function buildSections(headings: FoundHeading[]): ArchivedSection[] {
  const families = new Map<string, { min: number; max: number }>();
  for (const h of headings) {
    if (h.depth !== undefined) continue;
    const span = families.get(h.family);
    families.set(h.family, span ? { min: Math.min(span.min, h.parts), max: Math.max(span.max, h.parts) } : { min: h.parts, max: h.parts });
  }
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const [family, { min, max }] of families) {
    offsets.set(family, offset);
    offset += max - min + 1;
  }

  const taken = new Set<string>();
  const sections: ArchivedSection[] = [];
  for (const h of headings) {
    const depth = h.depth ?? offsets.get(h.family)! + h.parts - families.get(h.family)!.min + 1;
    const parent = [...sections].reverse().find((s) => s.depth < depth);
    const id = uniqueId(h.number !== null ? `s${h.number}` : `s-${slug(h.title)}`, taken);
    sections.push({ id, number: h.number, title: h.title, line: h.line, depth, parent: parent?.id ?? null });
  }
  return sections;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A heading's words as an anchor: lowercase letters and digits joined by dashes, at most six words. */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.slice(0, 6).join('-') || 'section';
}
