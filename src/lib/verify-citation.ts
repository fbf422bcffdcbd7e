import type { ArchivedSource } from '../schemas/archived-source';
import type { Citation } from './parse-citations';
import { citationLabel, DATELINE_ID, omittedLineId, passageKind, passageName, passageNumber, type PassageKind } from './passage-id';
import { editDistance } from './closest';
import { invisibleInQuote, quoteProblem } from './quote-boundaries';
import { containsQuote, normaliseForMatch } from './text';
import { elidedQuoteHint } from './prose-quotes';

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
}

export type CitationIndex = Map<string, IndexedSource>;

/** The fields of an archived source that citations are checked against. */
export type IndexableSource = Pick<ArchivedSource, 'id' | 'shortTitle' | 'site' | 'date' | 'dateline'> & {
  paragraphs: Array<Pick<ArchivedSource['paragraphs'][number], 'id' | 'text'>>;
  comments: Array<Pick<ArchivedSource['comments'][number], 'id' | 'author' | 'paragraphs'>>;
  /** Raw lines the curation left out; `line<from>` cites the block that starts there. */
  omitted?: Array<Pick<ArchivedSource['omitted'][number], 'from' | 'text'>>;
};

/** Built once per archive, so each citation costs one map lookup and one paragraph scan. */
export function indexArchive(sources: readonly IndexableSource[]): CitationIndex {
  return new Map(
    sources.map((s) => [
      s.id,
      {
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
      },
    ]),
  );
}

export type VerifyResult = { ok: true; source: IndexedSource; text: string } | { ok: false; reason: string; hint: string };

/**
 * Checks one citation against the archive: the source exists, has the cited passage, and the
 * passage holds the quoted words (verbatim up to whitespace and the style of quote marks,
 * apostrophes and dashes). A failure says why and how to fix it.
 */
export function verifyCitation(index: CitationIndex, citation: Citation): VerifyResult {
  const { sourceId, passage, quote } = citation;
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
  const text = source.passages.get(passage.id);
  if (text === undefined) {
    return {
      ok: false,
      reason: `Source "${sourceId}" has no ${passageName(passage.id)}.`,
      hint: `${sourceId} has ${describeRange(source)}. See its archive page, /sources/${sourceId}/.`,
    };
  }
  const invisible = quote === undefined ? null : invisibleInQuote(quote);
  if (invisible) return { ok: false, ...invisible };
  if (quote !== undefined && !containsQuote(text, quote)) {
    return {
      ok: false,
      reason: `The quoted words do not occur in ${sourceId} ${citationLabel(passage.id)}: “${quote}”.`,
      hint: closestHint(source, passage.id, quote),
    };
  }
  const cut = quote === undefined ? null : quoteProblem(text, quote);
  if (cut) return { ok: false, ...cut };
  return { ok: true, source, text };
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
function closestHint(source: IndexedSource, citedId: string, quote: string): string {
  const elided = elidedQuoteHint(quote, source.passages.get(citedId), `[@${source.id} ${citationLabel(citedId)}`);
  if (elided) return elided;
  const elsewhere = [...source.passages].find(([id, text]) => id !== citedId && containsQuote(text, quote));
  if (elsewhere) return `These words occur in ${citationLabel(elsewhere[0])} of ${source.id}; cite [@${source.id} ${citationLabel(elsewhere[0])}].`;
  const wanted = words(quote);
  let best = { id: citedId, score: -1, window: '' };
  for (const [id, text] of source.passages) {
    const candidate = bestWindow(text, wanted);
    // Ties go to the cited passage: an author usually has the right paragraph and a wrong word.
    if (candidate.score > best.score || (candidate.score === best.score && id === citedId)) best = { id, ...candidate };
  }
  if (best.score <= 0) return `No passage of ${source.id} shares words with the quote. Copy the words from /sources/${source.id}/.`;
  return `Closest match in ${citationLabel(best.id)}: “${best.window}”. Quotes must be verbatim; only whitespace and the style of quotes, apostrophes and dashes may differ.`;
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
