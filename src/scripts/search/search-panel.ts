import '../../styles/search.css';
import type { SearchEngine, SearchFilters, SearchHit, SearchResponse } from '../../lib/search/engine';
import { FACETS, PAGE_SIZE } from '../../lib/search/engine';
import { facetOptions, readFilters } from '../../lib/search/filters';
import { groupHits } from '../../lib/search/groups';
import { withHighlight } from '../../lib/search/highlight';
import { languageNote } from '../../lib/search/language';
import { resultSummary } from '../../lib/search/summary';

export interface PanelState {
  query: string;
  filters: SearchFilters;
}

/** Keys closer together than this are one burst (pasted, or typed by a machine): only its last key searches. */
const DEBOUNCE_MS = 20;
/**
 * Hits loaded at first: what a 720 px high window shows of the list. Each costs a fragment
 * download (a whole page's text for an explainer, 4–5 KB), so more load only when the reader can
 * see (nearly all of) the last loaded hit (a taller window, or the list scrolled), a screenful at a time, up
 * to PAGE_SIZE; "Show more" goes on from there.
 */
const FIRST_SCREEN = 4;

const GROUP_TITLES = { pages: 'On this site’s pages', sources: 'In the archived sources' } as const;

/**
 * Drives one search form: an `input[name=q]`, a `select` per facet, a `[role=status]` live region
 * and a `.search-results` container, all found inside `root`. Used by the header dialog and the
 * /search/ page. Results come in two groups (pages, then sources), each its own list.
 */
export function mountSearchPanel(
  root: HTMLElement,
  engine: SearchEngine,
  { onChange, enterOpensFirst = true }: { onChange?: (state: PanelState) => void; enterOpensFirst?: boolean } = {},
) {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const results = root.querySelector<HTMLElement>('.search-results')!;
  const selects = FACETS.map((facet) => root.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)!);
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let limit = FIRST_SCREEN;
  let last = '';
  let scrolledTo: IntersectionObserver | undefined;
  let inFlight: AbortController | undefined;

  const state = (): PanelState => ({
    query: input.value.trim(),
    filters: readFilters((name) => selects.find((s) => s.name === name)?.value),
  });

  async function run({ more = false, focusNew = false } = {}) {
    const current = state();
    const key = JSON.stringify(current);
    if (!more && key !== last) limit = FIRST_SCREEN;
    last = key;
    const mine = ++sequence;
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    onChange?.(current);
    if (current.query === '') {
      results.replaceChildren();
      status.textContent = '';
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    let response: SearchResponse;
    try {
      response = await engine.search(current.query, current.filters, { limit, signal: controller.signal });
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
    const shownBefore = more ? results.querySelectorAll('a.search-hit-link').length : 0;
    renderResults(results, response, current.query, () => {
      limit = Math.max(PAGE_SIZE, limit) + PAGE_SIZE;
      void run({ more: true, focusNew: true });
    });
    scrolledTo?.disconnect();
    const lastHit = [...results.querySelectorAll('.search-hit')].at(-1);
    if (limit < PAGE_SIZE && lastHit && response.hits.length === limit) {
      scrolledTo = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          scrolledTo?.disconnect();
          limit = Math.min(PAGE_SIZE, limit + FIRST_SCREEN);
          void run({ more: true });
        },
        { threshold: 0.9 },
      );
      scrolledTo.observe(lastHit);
    }
    const note = response.hits.length === 0 ? languageNote(current.query, document.documentElement.lang || 'en') : undefined;
    status.textContent = note ?? resultSummary(response, current.query);
    // After "Show more", the reader continues at the first new result.
    if (focusNew) results.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')[shownBefore]?.focus();
  }

  let lastKey = -Infinity;
  const schedule = () => {
    clearTimeout(timer);
    // The index chunks of the words typed so far start loading now, not after the pause.
    engine.preload?.(input.value.trim());
    // A key after a pause searches at once (a person's keys are 100 ms or more apart); keys that
    // follow each other faster wait for the pause, and only the last of them searches.
    const now = performance.now();
    const quick = now - lastKey < DEBOUNCE_MS;
    lastKey = now;
    if (quick) timer = setTimeout(run, DEBOUNCE_MS);
    else void run();
  };
  input.addEventListener('input', schedule);
  for (const select of selects) select.addEventListener('change', () => void run());
  root.addEventListener('keydown', (event) => moveFocus(event, input, results));
  input.addEventListener('keydown', (event) => {
    const first = results.querySelector('a');
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

  // Facet counts need filter files that grow with the site: loaded when the reader reaches for the
  // facets, then the current results are counted again.
  const facetsBox = root.querySelector('.search-filters');
  const loadFacets = () => {
    for (const type of ['pointerenter', 'focusin', 'touchstart']) facetsBox?.removeEventListener(type, loadFacets);
    engine.loadFacets?.().then(
      () => (input.value.trim() === '' ? undefined : run({ more: true })),
      () => {
        /* the facets keep the counts they have */
      },
    );
  };
  for (const type of ['pointerenter', 'focusin', 'touchstart']) facetsBox?.addEventListener(type, loadFacets, { passive: true });

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

function renderResults(container: HTMLElement, response: SearchResponse, query: string, showMore: () => void) {
  const groups = groupHits(response.hits);
  const sections = (Object.keys(GROUP_TITLES) as Array<keyof typeof GROUP_TITLES>)
    .filter((g) => groups[g].length > 0)
    .map((g) => {
      const id = `${container.id}-${g}`;
      const total = response.groupTotals?.[g];
      const heading = el('h3', 'search-group-title', GROUP_TITLES[g], total === undefined ? '' : el('span', 'search-group-count', ` ${total}`));
      heading.id = id;
      const list = el('ol', 'search-group-hits', ...groups[g].map((hit) => renderHit(hit, query)));
      list.setAttribute('aria-labelledby', id);
      const section = el('section', `search-group search-group-${g}`, heading, list);
      section.dataset['group'] = g;
      return section;
    });
  const all = response.groupTotals ? response.groupTotals.pages + response.groupTotals.sources : response.total;
  const rest = all - response.hits.length;
  if (rest > 0) {
    const button = el('button', 'search-more', `Show more (${rest} left)`);
    button.type = 'button';
    button.addEventListener('click', showMore);
    sections.push(el('section', 'search-more-row', button));
  }
  container.replaceChildren(...sections);
}

function renderHit(hit: SearchHit, query: string): HTMLLIElement {
  const link = el('a', 'search-hit-link', el('span', 'search-hit-title', hit.title));
  link.href = withHighlight(hit.url, query);
  if (hit.section) link.append(el('span', 'search-hit-section', hit.section));
  const excerpt = el('p', 'search-hit-excerpt', ...hit.excerpt.map((part) => (part.marked ? el('mark', '', part.text) : part.text)));
  const facts = [hit.partial ? 'some of the words' : '', hit.kind, hit.topic, hit.site].filter((v): v is string => Boolean(v));
  const meta = el('p', 'search-hit-meta', facts.join(' · '), ' ', el('span', 'search-hit-url', hit.url));
  const item = el('li', 'search-hit', link, excerpt, meta);
  if (hit.alsoIn?.length) {
    const also = el('p', 'search-hit-also', 'also in: ');
    hit.alsoIn.forEach((copy, i) => {
      const a = el('a', '', copy.label);
      a.href = withHighlight(copy.url, query);
      also.append(...(i > 0 ? [', '] : []), a);
    });
    item.append(also);
  }
  return item;
}

/** Up/Down move between the query and the result links, so the list works without Tab. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, results: HTMLElement) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(results.querySelectorAll<HTMLAnchorElement>('a.search-hit-link'));
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at === -1) return;
  if (links.length === 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]!.focus();
}
