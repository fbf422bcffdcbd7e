/**
 * The archive's passage ids — `p4` (paragraph 4), `c2` (reader comment 2), `dateline`,
 * `line6` (the raw lines the curation left out, starting at line 6) and a section's anchor
 * (`s11`, made by the archive from the heading) — and every way they are written: `¶4` by
 * authors in citations, "reader comment 2" in notes and errors, `#p4` as an anchor, "§ 11, ¶ 3"
 * as a note prints a paragraph cited within its section. The one place that knows the shape of an id.
 */
export type PassageKind = 'paragraph' | 'comment' | 'dateline' | 'line' | 'section';

/** A passage a citation points at. */
export interface PassageRef {
  kind: PassageKind;
  /** The archive's anchor id: `p4`, `c2`, `dateline`, `line6` or a section's `s11`. */
  id: string;
}

/**
 * How an author named the passage: by its id (`¶87`, `c2`, `dateline`, `line 6`), by section
 * (`§11`, or `§11 ¶3` for the 3rd paragraph inside section 11), or only by quoting it.
 */
export type Locator = { kind: 'passage'; passage: PassageRef } | { kind: 'section'; section: string; paragraph?: number } | { kind: 'quote' };

export const DATELINE_ID = 'dateline';

/** `p4` for the 4th article paragraph. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** `c2` for the 2nd reader comment. */
export function commentId(n: number): string {
  return `c${n}`;
}

/** `line6` for the omitted block that starts at raw line 6. */
export function omittedLineId(line: number): string {
  return `line${line}`;
}

/** What kind of passage an id names; every id that is not one of the numbered kinds is a section's anchor. */
export function passageKind(id: string): PassageKind {
  if (id === DATELINE_ID) return 'dateline';
  if (/^line\d+$/.test(id)) return 'line';
  if (/^p\d+$/.test(id)) return 'paragraph';
  if (/^c\d+$/.test(id)) return 'comment';
  return 'section';
}

/** The number in `p4` or `c2` (4, 2), as the archive page shows it; NaN for the dateline and sections. */
export function passageNumber(id: string): number {
  const kind = passageKind(id);
  if (kind === 'dateline' || kind === 'section') return Number.NaN;
  return Number(id.slice(kind === 'line' ? 4 : 1));
}

/** How an author writes the passage in a citation: `¶4`, `c2`, `dateline`, `line 6`. */
export function citationLabel(id: string): string {
  const kind = passageKind(id);
  if (kind === 'line') return `line ${passageNumber(id)}`;
  return kind === 'paragraph' ? `¶${passageNumber(id)}` : id;
}

/** The passage named in words: "paragraph 4", "reader comment 2", "dateline". */
export function passageName(id: string): string {
  const kind = passageKind(id);
  if (kind === 'dateline') return 'dateline';
  if (kind === 'section') return `section ${id}`;
  if (kind === 'line') return `omitted block starting at line ${passageNumber(id)}`;
  return `${kind === 'comment' ? 'reader comment' : 'paragraph'} ${passageNumber(id)}`;
}

// A no-break space keeps the sign with its number when a note wraps ("§ 11", "¶ 3").
const NBSP = '\u00A0';

/** A section as a note prints it, the way lawyers and scholars write it: "§ 11"; with a paragraph inside it "§ 11, ¶ 3". */
export function sectionLabel(number: string, paragraph?: number): string {
  return `§${NBSP}${number}${paragraph === undefined ? '' : `, ¶${NBSP}${paragraph}`}`;
}

/** A section locator as the author writes it in a citation: `§11`, `§11 ¶3`. */
export function sectionCitation(number: string, paragraph?: number): string {
  return `§${number}${paragraph === undefined ? '' : ` ¶${paragraph}`}`;
}
