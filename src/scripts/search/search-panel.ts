import '../../styles/search.css';
import type { SearchEngine, SearchFilters, SearchHit, SearchResponse } from '../../lib/search/engine';
import { FACETS } from '../../lib/search/engine';
import { facetOptions, readFilters } from '../../lib/search/filters';
import { withHighlight } from '../../lib/search/highlight';
import { resultSummary } from '../../lib/search/summary';

export interface PanelState {
  query: string;
  filters: SearchFilters;
}

/**
 * Drives one search form: an `input[name=q]`, a `select` per facet, a `[role=status]` live region
 * and an `ol` of results, all found inside `root`. Used by the header dialog and the /search/ page.
 */
export function mountSearchPanel(
  root: HTMLElement,
  engine: SearchEngine,
  { onChange, enterOpensFirst = true }: { onChange?: (state: PanelState) => void; enterOpensFirst?: boolean } = {},
) {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const selects = FACETS.map((facet) => root.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)!);
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const state = (): PanelState => ({
    query: input.value.trim(),
    filters: readFilters((name) => selects.find((s) => s.name === name)?.value),
  });

  async function run() {
    const current = state();
    const mine = ++sequence;
    onChange?.(current);
    if (current.query === '') {
      list.replaceChildren();
      status.textContent = '';
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    let response: SearchResponse;
    try {
      response = await engine.search(current.query, current.filters);
    } catch (error) {
      if (mine !== sequence) return;
      root.removeAttribute('aria-busy');
      status.textContent = 'Search could not load. Check your connection and try again.';
      console.error(error);
      return;
    }
    if (mine !== sequence) return;
    root.removeAttribute('aria-busy');
    renderFacets(selects, response, current.filters);
    list.replaceChildren(...response.hits.map((hit) => renderHit(hit, current.query)));
    status.textContent = resultSummary(response.hits.length, response.total, current.query);
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 80);
  };
  input.addEventListener('input', schedule);
  for (const select of selects) select.addEventListener('change', () => void run());
  root.addEventListener('keydown', (event) => moveFocus(event, input, list));
  input.addEventListener('keydown', (event) => {
    const first = list.querySelector('a');
    if (event.key !== 'Enter' || !enterOpensFirst || !first) return;
    event.preventDefault();
    first.click();
  });
  // In the dialog the form's GET action opens /search/?q=… ("All results"); on that page itself,
  // submitting searches in place.
  if (!enterOpensFirst) {
    root.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      void run();
    });
  }

  // Words typed while this code was still loading have fired no event we heard.
  if (input.value.trim() !== '') void run();

  return {
    /** Sets the query and facet choices (e.g. from `?q=`) and searches. */
    set({ query, filters }: PanelState) {
      input.value = query;
      for (const select of selects) {
        const value = filters[select.name as keyof SearchFilters];
        if (value && !Array.from(select.options).some((o) => o.value === value)) select.add(new Option(value, value));
        select.value = value ?? '';
      }
      return run();
    },
    run,
  };
}

function renderFacets(selects: HTMLSelectElement[], response: SearchResponse, chosen: SearchFilters) {
  for (const select of selects) {
    const facet = select.name as keyof SearchFilters;
    const any = select.options[0]!;
    const options = facetOptions(response.facets[facet], chosen[facet]).map(
      ({ value, count }) => new Option(`${value} (${count})`, value, false, value === chosen[facet]),
    );
    select.replaceChildren(any, ...options);
    select.value = chosen[facet] ?? '';
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function renderHit(hit: SearchHit, query: string): HTMLLIElement {
  const link = el('a', 'search-hit-link', el('span', 'search-hit-title', hit.title));
  link.href = withHighlight(hit.url, query);
  if (hit.section) link.append(el('span', 'search-hit-section', hit.section));
  const excerpt = el('p', 'search-hit-excerpt', ...hit.excerpt.map((part) => (part.marked ? el('mark', '', part.text) : part.text)));
  const facts = [hit.kind, hit.topic, hit.site].filter((v): v is string => Boolean(v));
  const meta = el('p', 'search-hit-meta', facts.join(' · '), ' ', el('span', 'search-hit-url', hit.url));
  return el('li', 'search-hit', link, excerpt, meta);
}

/** Up/Down move between the query and the result links, so the list works without Tab. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link'));
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at === -1) return;
  if (links.length === 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]!.focus();
}
