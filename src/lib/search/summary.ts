/** The sentence the live region announces after each search. */
export function resultSummary(shown: number, total: number, query: string): string {
  if (total === 0) return `No results for “${query}”.`;
  const count = `${total} result${total === 1 ? '' : 's'} for “${query}”`;
  return shown < total ? `${count}; showing the best ${shown}.` : `${count}.`;
}
