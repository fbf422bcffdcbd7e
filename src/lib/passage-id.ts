/**
 * The archive's passage ids — `p4` (paragraph 4), `c2` (reader comment 2), `dateline`, and
 * `line6` (the raw lines the curation left out, starting at line 6) — and
 * every way they are written: `¶4` by authors in citations, "reader comment 2" in notes and
 * errors, `#p4` as an anchor. The one place that knows the shape of an id.
 */
export type PassageKind = 'paragraph' | 'comment' | 'dateline' | 'line';

/** A passage a citation points at. */
export interface PassageRef {
  kind: PassageKind;
  /** The archive's anchor id: `p4`, `c2`, `dateline` or `line6`. */
  id: string;
}

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

/** What kind of passage an id names. */
export function passageKind(id: string): PassageKind {
  if (id === DATELINE_ID) return 'dateline';
  if (id.startsWith('line')) return 'line';
  return id.startsWith('c') ? 'comment' : 'paragraph';
}

/** The number in `p4` or `c2` (4, 2), as the archive page shows it; NaN for the dateline. */
export function passageNumber(id: string): number {
  if (id === DATELINE_ID) return Number.NaN;
  return Number(id.slice(passageKind(id) === 'line' ? 4 : 1));
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
  if (kind === 'line') return `omitted block starting at line ${passageNumber(id)}`;
  return `${kind === 'comment' ? 'reader comment' : 'paragraph'} ${passageNumber(id)}`;
}
