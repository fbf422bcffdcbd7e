import type { Citation } from './parse-citations';
import { containsQuote, normaliseForMatch } from './text';

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

interface IndexableSource {
  id: string;
  shortTitle: string;
  site: string;
  date: string | null;
  paragraphs: Array<{ id: string; text: string }>;
  comments: Array<{ id: string; author?: string | null; paragraphs: string[] }>;
  dateline?: string | null;
}

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
          ...(s.dateline ? [['dateline', s.dateline] as const] : []),
        ]),
        authors: new Map(s.comments.flatMap((c) => (c.author ? [[c.id, c.author] as const] : []))),
      },
    ]),
  );
}

export type VerifyResult = { ok: true; source: IndexedSource; text: string } | { ok: false; reason: string; hint: string };

export function verifyCitation(index: CitationIndex, citation: Citation): VerifyResult {
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
  const text = source.passages.get(locator.id);
  if (text === undefined) {
    const what =
      locator.kind === 'comment' ? `reader comment ${locator.id.slice(1)}` : locator.kind === 'dateline' ? 'dateline' : `paragraph ${locator.id.slice(1)}`;
    return {
      ok: false,
      reason: `Source "${sourceId}" has no ${what}.`,
      hint: `${sourceId} has ${describeRange(source)}. See its archive page, /sources/${sourceId}/.`,
    };
  }
  if (quote !== undefined && !containsQuote(text, quote)) {
    return {
      ok: false,
      reason: `The quoted words do not occur in ${sourceId} ${label(locator.id)}: “${quote}”.`,
      hint: closestHint(source, locator.id, quote),
    };
  }
  return { ok: true, source, text };
}

/** `¶4` for paragraphs, `c2` for comments: how authors write them. */
export function label(id: string): string {
  return id.startsWith('p') ? `¶${id.slice(1)}` : id;
}

function describeRange(source: IndexedSource): string {
  const ids = [...source.passages.keys()];
  const span = (prefix: string) => {
    const numbers = ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(1)));
    return numbers.length ? `${prefix}${Math.min(...numbers)}–${prefix}${Math.max(...numbers)}` : null;
  };
  const paragraphs = span('p') ?? 'no paragraphs';
  const comments = span('c');
  return comments ? `${paragraphs} and ${comments}` : `${paragraphs} and no reader comments`;
}

/** Only called when a quote fails, so scanning the source's passages is paid once per error, not per citation. */
function closestHint(source: IndexedSource, citedId: string, quote: string): string {
  const elsewhere = [...source.passages].find(([id, text]) => id !== citedId && containsQuote(text, quote));
  if (elsewhere) return `These words occur in ${label(elsewhere[0])} of ${source.id}; cite [@${source.id} ${label(elsewhere[0])}].`;
  const wanted = words(quote);
  let best = { id: citedId, score: -1, window: '' };
  for (const [id, text] of source.passages) {
    const candidate = bestWindow(text, wanted);
    // Ties go to the cited passage: an author usually has the right paragraph and a wrong word.
    if (candidate.score > best.score || (candidate.score === best.score && id === citedId)) best = { id, ...candidate };
  }
  if (best.score <= 0) return `No passage of ${source.id} shares words with the quote. Copy the words from /sources/${source.id}/.`;
  return `Closest match in ${label(best.id)}: “${best.window}”. Quotes must be verbatim; only whitespace and the style of quotes, apostrophes and dashes may differ.`;
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

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
