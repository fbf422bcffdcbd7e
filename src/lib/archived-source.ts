/** The shape of one archived source after curation: what pages, citations and search consume. */
export interface ArchivedParagraph {
  /** Stable anchor: `p1`… for article paragraphs. */
  id: string;
  text: string;
  line: number;
  endLine: number;
}

export interface ArchivedComment {
  /** Stable anchor: `c1`… in the order the comments appear. */
  id: string;
  author: string | null;
  paragraphs: string[];
  line: number;
  endLine: number;
  /** Lines of later verbatim repeats of this comment, collapsed into it. */
  repeatedAt: number[];
}

export interface OmittedBlock {
  from: number;
  to: number;
  text: string;
  why: string;
}

export interface ArchivedText {
  /** The headline as the raw text prints it (the `title` rule), which may differ from the curated title. */
  headline: string | null;
  dateline: string | null;
  paragraphs: ArchivedParagraph[];
  comments: ArchivedComment[];
  omitted: OmittedBlock[];
}
