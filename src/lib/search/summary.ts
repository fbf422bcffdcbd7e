import type { SearchResponse } from './engine';

/** The sentence the live region announces after each search. */
export function resultSummary(response: Pick<SearchResponse, 'hits' | 'total' | 'groupTotals' | 'corrected'>, query: string): string {
  const shown = response.hits.length;
  const all = response.groupTotals ? response.groupTotals.pages + response.groupTotals.sources : response.total;
  const searched = response.corrected?.to ?? query;
  const lead = response.corrected ? `No match for “${response.corrected.from}”; showing results for “${searched}”: ` : '';
  if (all === 0) return `No results for “${query}”.`;
  const some = all - response.total;
  const count =
    response.total === 0
      ? `No result has all the words of “${searched}”; ${all} have some of them`
      : `${response.total} result${response.total === 1 ? '' : 's'} for “${searched}”${some > 0 ? `, ${some} more with some of the words` : ''}`;
  return `${lead}${count}${shown < all ? `; showing the best ${shown}.` : '.'}`;
}
