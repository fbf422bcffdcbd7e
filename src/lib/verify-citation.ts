import type { ArchivedSection, ArchivedSource } from '../schemas/archived-source';
import type { Citation } from './parse-citations';
import {
  citationLabel,
  DATELINE_ID,
  omittedLineId,
  passageKind,
  passageName,
  passageNumber,
  sectionCitation,
  sectionLabel,
  type PassageKind,
  type PassageRef,
} from './passage-id';
import { closest, editDistance } from './closest';
import { invisibleInQuote, quoteProblem } from './quote-boundaries';
import { containsQuote, normaliseForMatch } from './text';
import { elidedQuoteHint } from './prose-quotes';

/** A heading of a source, with every paragraph it holds (its own and its subsections'), in document order. */
export interface IndexedSection {
  id: string;
  number: string | null;
  title: string;
  parent: string | null;
  paragraphs: string[];
}

/** What a citation can point at, looked up once per citation. */
export interface IndexedSource {
  id: string;
  shortTitle: string;
  site: string;
  date: string | null;
  /** `p1`… and `c1`… in archive order, each with its text (a comment's paragraphs joined). */
  passages: Map<string, string>;
  /** Comment id → the name the commenter posted under, where the archive shows one. */
  authors: Map<string, string>;
  /** The source's sections by anchor id, in document order (none for a text without headings). */
  sections: Map<string, IndexedSection>;
  /** Paragraph id → the innermost section that holds it. */
  sectionOf: Map<string, string>;
}

export type CitationIndex = Map<string, IndexedSource>;

/** The fields of an archived source that citations are checked against. */
export type IndexableSource = Pick<ArchivedSource, 'id' | 'shortTitle' | 'site' | 'date' | 'dateline'> & {
  paragraphs: Array<Pick<ArchivedSource['paragraphs'][number], 'id' | 'text'> & { section?: string | null }>;
  comments: Array<Pick<ArchivedSource['comments'][number], 'id' | 'author' | 'paragraphs'>>;
  /** Raw lines the curation left out; `line<from>` cites the block that starts there. */
  omitted?: Array<Pick<ArchivedSource['omitted'][number], 'from' | 'text'>>;
  sections?: Array<Pick<ArchivedSection, 'id' | 'number' | 'title' | 'parent'>>;
};

/** Built once per archive, so each citation costs one map lookup and one paragraph scan. */
export function indexArchive(sources: readonly IndexableSource[]): CitationIndex {
  return new Map(sources.map((s) => [s.id, indexSource(s)]));
}

function indexSource(s: IndexableSource): IndexedSource {
  const sections = new Map<string, IndexedSection>(
    (s.sections ?? []).map((h) => [h.id, { id: h.id, number: h.number, title: h.title, parent: h.parent, paragraphs: [] }]),
  );
  const sectionOf = new Map<string, string>();
  for (const p of s.paragraphs) {
    if (!p.section) continue;
    sectionOf.set(p.id, p.section);
    // A paragraph of § 11.2 is also a paragraph of § 11: `§11 ¶3` counts through its subsections.
    for (let at = sections.get(p.section); at; at = at.parent ? sections.get(at.parent) : undefined) at.paragraphs.push(p.id);
  }
  return {
    id: s.id,
    shortTitle: s.shortTitle,
    site: s.site,
    date: s.date,
    passages: new Map([
      ...s.paragraphs.map((p) => [p.id, p.text] as const),
      ...s.comments.map((c) => [c.id, c.paragraphs.join('\n\n')] as const),
      ...(s.dateline ? [[DATELINE_ID, s.dateline] as const] : []),
      ...(s.omitted ?? []).map((o) => [omittedLineId(o.from), o.text] as const),
    ]),
    authors: new Map(s.comments.flatMap((c) => (c.author ? [[c.id, c.author] as const] : []))),
    sections,
    sectionOf,
  };
}

type Failure = { ok: false; reason: string; hint: string };

/** A citation resolved to one passage of the archive. */
export interface ResolvedCitation {
  ok: true;
  source: IndexedSource;
  /** The passage in the archive's own ids: `p87` for `§11 ¶3` or for words found by a quote alone, `s11` for `§11`. */
  passage: PassageRef;
  /** The passage's text; a section's is its heading and paragraphs, separated by blank lines. */
  text: string;
  /** The texts a quote may be found in: the passage, or a section's heading and each of its paragraphs. */
  parts: string[];
  /** How the note names the passage: `¶87`, `§ 11`, `§ 11, ¶ 3` (see lib/passage-id). */
  label: string;
}

export type VerifyResult = ResolvedCitation | Failure;

/**
 * Finds the passage a citation names: by id (`¶87`, `c2`), by section (`§11`, `§11 ¶3`: the 3rd
 * paragraph inside section 11 or its subsections), or, for a quote alone, the one paragraph or
 * comment that holds the words. The quote itself is checked by `verifyCitation`.
 */
export function resolveCitation(index: CitationIndex, citation: Citation): VerifyResult {
  const { sourceId, locator, quote } = citation;
  const source = index.get(sourceId);
  if (!source) {
    const known = [...index.keys()].sort();
    const closest = closestId(sourceId, known);
    return {
      ok: false,
      reason: `Unknown source "${sourceId}".`,
      hint: `${closest ? `Did you mean "${closest}"? ` : ''}Known sources: ${known.join(', ') || '(none)'}.`,
    };
  }
  if (locator.kind === 'section') return resolveSection(source, locator.section, locator.paragraph);
  if (locator.kind === 'quote') return resolveQuote(source, quote ?? '');
  const text = source.passages.get(locator.passage.id);
  if (text === undefined) {
    return {
      ok: false,
      reason: `Source "${sourceId}" has no ${passageName(locator.passage.id)}.`,
      hint: `${sourceId} has ${describeRange(source)}. See its archive page, /sources/${sourceId}/.`,
    };
  }
  return { ok: true, source, passage: locator.passage, text, parts: [text], label: citationLabel(locator.passage.id) };
}

/**
 * Checks one citation against the archive: the source exists, has the cited passage, and the
 * passage holds the quoted words (verbatim up to whitespace and the style of quote marks,
 * apostrophes and dashes). A failure says why and how to fix it.
 */
export function verifyCitation(index: CitationIndex, citation: Citation): VerifyResult {
  const { quote } = citation;
  const invisible = quote === undefined ? null : invisibleInQuote(quote);
  if (invisible) return { ok: false, ...invisible };
  const resolved = resolveCitation(index, citation);
  if (!resolved.ok || quote === undefined) return resolved;
  const holding = resolved.parts.find((part) => containsQuote(part, quote));
  if (holding === undefined) {
    return {
      ok: false,
      reason: `The quoted words do not occur in ${citation.sourceId} ${writtenLocator(citation, resolved.passage)}: “${quote}”.`,
      hint: closestHint(resolved.source, resolved.passage.id, quote),
    };
  }
  const cut = quoteProblem(holding, quote);
  if (cut) return { ok: false, ...cut };
  return resolved;
}

function resolveSection(source: IndexedSource, number: string, paragraph: number | undefined): VerifyResult {
  const written = sectionCitation(number, paragraph);
  const numbered = [...source.sections.values()].filter((s) => s.number !== null);
  const matches = numbered.filter((s) => s.number!.toLowerCase() === number.toLowerCase());
  if (matches.length === 0) {
    if (numbered.length === 0) {
      return {
        ok: false,
        reason: `Source "${source.id}" has no section §${number}: its text has no numbered headings.`,
        hint: `Cite a paragraph (${source.id} has ${describeRange(source)}), or quote the words alone: [@${source.id} "verbatim words"]. See /sources/${source.id}/.`,
      };
    }
    const near = closest(
      number,
      numbered.map((s) => s.number!),
    );
    return {
      ok: false,
      reason: `Source "${source.id}" has no section §${number}.`,
      hint: `${near && number.length > 1 && editDistance(near, number) <= 1 ? `Did you mean §${near}? ` : ''}Its numbered sections are ${listNumbers(numbered)}. See /sources/${source.id}/.`,
    };
  }
  if (matches.length > 1) {
    return {
      ok: false,
      reason: `Source "${source.id}" has ${matches.length} sections numbered §${number}: ${matches.map((s) => `“${s.title}”`).join(', ')}.`,
      hint: `Cite the paragraph by its own number, [@${source.id} ¶4], or quote the words alone: [@${source.id} "verbatim words"]. See /sources/${source.id}/.`,
    };
  }
  const section = matches[0]!;
  if (paragraph === undefined) {
    const parts = [section.title, ...section.paragraphs.map((id) => source.passages.get(id)!)];
    return { ok: true, source, passage: { kind: 'section', id: section.id }, text: parts.join('\n\n'), parts, label: sectionLabel(section.number!) };
  }
  const id = section.paragraphs[paragraph - 1];
  if (id === undefined) {
    const count = section.paragraphs.length;
    return {
      ok: false,
      reason: `Section §${section.number} of ${source.id} has ${count === 0 ? 'no paragraphs' : count === 1 ? '1 paragraph' : `${count} paragraphs`}, so ${written} names none.`,
      hint: `${count > 0 ? `Cite §${section.number} ¶1–¶${count}, or ` : 'Cite '}the whole section as [@${source.id} §${section.number}]. See /sources/${source.id}/#${section.id}.`,
    };
  }
  const text = source.passages.get(id)!;
  return { ok: true, source, passage: { kind: 'paragraph', id }, text, parts: [text], label: sectionLabel(section.number!, paragraph) };
}

/** The one paragraph or comment that holds the words; several or none is an error that lists them. */
function resolveQuote(source: IndexedSource, quote: string): VerifyResult {
  const holders = [...source.passages].filter(([id, text]) => (passageKind(id) === 'paragraph' || passageKind(id) === 'comment') && containsQuote(text, quote));
  if (holders.length === 1) {
    const [id, text] = holders[0]!;
    return { ok: true, source, passage: { kind: passageKind(id), id }, text, parts: [text], label: foundLabel(source, id) };
  }
  if (holders.length === 0) {
    return { ok: false, reason: `The quoted words do not occur in any passage of ${source.id}: “${quote}”.`, hint: closestHint(source, undefined, quote) };
  }
  const listed = holders.slice(0, 6).map(([id, text]) => `${foundCitation(source, id)} “${excerptAround(text, quote)}”`);
  const more = holders.length > listed.length ? `; and ${holders.length - listed.length} more` : '';
  return {
    ok: false,
    reason: `The quoted words occur in ${holders.length} passages of ${source.id}, so the quote alone does not say which is meant: “${quote}”.`,
    hint: `Add the locator of the one you mean, e.g. [@${source.id} ${foundCitation(source, holders[0]![0])} "${quote}"], or quote more words. They occur in ${listed.join('; ')}${more}.`,
  };
}

/** The numbered section that holds a paragraph (itself or the nearest numbered one around it), and the paragraph's place in it. */
function placeInSection(source: IndexedSource, id: string): { number: string; paragraph: number } | undefined {
  for (let at = source.sections.get(source.sectionOf.get(id) ?? ''); at; at = at.parent ? source.sections.get(at.parent) : undefined) {
    if (at.number !== null) return { number: at.number, paragraph: at.paragraphs.indexOf(id) + 1 };
  }
  return undefined;
}

/** How a note names a passage the archive found: within its numbered section where it has one ("§ 11, ¶ 3"), else `¶87`. */
function foundLabel(source: IndexedSource, id: string): string {
  const place = placeInSection(source, id);
  return place ? sectionLabel(place.number, place.paragraph) : citationLabel(id);
}

/** How an author would cite a passage the archive found: `§11 ¶3` where it has a numbered section, else `¶87`. */
function foundCitation(source: IndexedSource, id: string): string {
  const place = placeInSection(source, id);
  return place ? sectionCitation(place.number, place.paragraph) : citationLabel(id);
}

/** The locator as the author wrote it (for errors). */
function writtenLocator({ locator }: Citation, passage: PassageRef): string {
  return locator.kind === 'section' ? sectionCitation(locator.section, locator.paragraph) : citationLabel(passage.id);
}

/** A resolved citation named in an error: `gpl3 §11 ¶3` as written; a quote alone by the passage it found (`gpl3 §11 ¶3` or `report ¶4`). */
export function citedAs(citation: Citation, resolved: ResolvedCitation): string {
  const locator = citation.locator.kind === 'quote' ? foundCitation(resolved.source, resolved.passage.id) : writtenLocator(citation, resolved.passage);
  return `${citation.sourceId} ${locator}`;
}

/** How citations and errors write a passage id of this source: `¶87`, `c2`, or `§11` for a section's anchor. */
export function passageLabel(source: IndexedSource, id: string): string {
  const section = source.sections.get(id);
  return section ? sectionCitation(section.number ?? id) : citationLabel(id);
}

/** The words around the first place a quote occurs, to tell candidate passages apart. */
function excerptAround(text: string, quote: string, margin = 30): string {
  const haystack = normaliseForMatch(text);
  const at = haystack.indexOf(normaliseForMatch(quote));
  let from = Math.max(0, at - margin);
  let to = Math.min(haystack.length, at + normaliseForMatch(quote).length + margin);
  while (from > 0 && haystack[from - 1] !== ' ') from -= 1;
  while (to < haystack.length && haystack[to] !== ' ') to += 1;
  return `${from > 0 ? '…' : ''}${haystack.slice(from, to)}${to < haystack.length ? '…' : ''}`;
}

/** "0, 1, 2, …, 17": a section list short enough for a hint. */
function listNumbers(sections: IndexedSection[]): string {
  const numbers = sections.map((s) => `§${s.number}`);
  return numbers.length <= 12 ? numbers.join(', ') : `${numbers.slice(0, 10).join(', ')}, …, ${numbers.at(-1)} (${numbers.length} in all)`;
}

function describeRange(source: IndexedSource): string {
  const ids = [...source.passages.keys()];
  const span = (kind: PassageKind) => {
    const of = ids.filter((id) => passageKind(id) === kind);
    const numbers = of.map(passageNumber);
    const at = (n: number) => of[numbers.indexOf(n)]!;
    return of.length ? `${at(Math.min(...numbers))}–${at(Math.max(...numbers))}` : null;
  };
  const paragraphs = span('paragraph') ?? 'no paragraphs';
  const comments = span('comment');
  return comments ? `${paragraphs} and ${comments}` : `${paragraphs} and no reader comments`;
}

/** Only called when a quote fails, so scanning the source's passages is paid once per error, not per citation. */
function closestHint(source: IndexedSource, citedId: string | undefined, quote: string): string {
  const elided = citedId === undefined ? undefined : elidedQuoteHint(quote, source.passages.get(citedId), `[@${source.id} ${foundCitation(source, citedId)}`);
  if (elided) return elided;
  // A section's own paragraphs were searched already; the words may be in another passage.
  const cited = (id: string) => id === citedId || (citedId !== undefined && source.sections.get(citedId)?.paragraphs.includes(id));
  const elsewhere = [...source.passages].find(([id, text]) => !cited(id) && containsQuote(text, quote));
  if (elsewhere)
    return `These words occur in ${foundCitation(source, elsewhere[0])} of ${source.id}; cite [@${source.id} ${foundCitation(source, elsewhere[0])}].`;
  const wanted = words(quote);
  let best = { id: citedId ?? '', score: -1, window: '' };
  for (const [id, text] of source.passages) {
    const candidate = bestWindow(text, wanted);
    // Ties go to the cited passage: an author usually has the right paragraph and a wrong word.
    if (candidate.score > best.score || (candidate.score === best.score && cited(id))) best = { id, ...candidate };
  }
  if (best.score <= 0) return `No passage of ${source.id} shares words with the quote. Copy the words from /sources/${source.id}/.`;
  return `Closest match in ${foundCitation(source, best.id)}: “${best.window}”. Quotes must be verbatim; only whitespace and the style of quotes, apostrophes and dashes may differ.`;
}

function words(text: string): string[] {
  return normaliseForMatch(text).split(' ').map(wordKey).filter(Boolean);
}

/** Scoring only (the check itself is exact): case and punctuation do not count. */
function wordKey(word: string): string {
  return normaliseForMatch(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The run of the passage, as long as the quote, that shares most words with it. */
function bestWindow(text: string, wanted: string[]): { score: number; window: string } {
  const have = text.split(/\s+/).filter(Boolean);
  const size = Math.min(wanted.length, have.length);
  const want = new Map<string, number>();
  for (const w of wanted) want.set(w, (want.get(w) ?? 0) + 1);
  let best = { score: 0, start: 0 };
  for (let start = 0; start + size <= have.length; start += 1) {
    const left = new Map(want);
    // Half a point for starting where the quote starts breaks ties between overlapping windows.
    let score = wordKey(have[start]!) === wanted[0] ? 0.5 : 0;
    for (const w of have.slice(start, start + size)) {
      const key = wordKey(w);
      const n = left.get(key) ?? 0;
      if (n > 0) {
        score += 1;
        left.set(key, n - 1);
      }
    }
    if (score > best.score) best = { score, start };
  }
  return { score: best.score, window: have.slice(best.start, best.start + size).join(' ') };
}

/** Nearest known id by edit distance, if it is plausibly a typo. */
export function closestId(id: string, known: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(id.toLowerCase(), candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 3)) ? best.id : undefined;
}
