import { noteBody, noteOf, noteRefs } from './note-content';

/**
 * On wide screens every note is also shown in the margin, level with the line that cites it and
 * pushed down just enough never to overlap the note above or a table that runs into the margin.
 * Sidenotes repeat the note list, so they are hidden from assistive technology (which has the
 * list and the popovers) and their links are left out of the Tab order.
 */
const WIDE = '(min-width: 75rem)';
const GAP = 8;

export const sidenoteFor = (ref: HTMLAnchorElement) =>
  matchMedia(WIDE).matches ? document.querySelector<HTMLElement>(`.sidenote[data-ref="${CSS.escape(ref.id)}"]`) : null;

export function startSidenotes() {
  const article = document.querySelector<HTMLElement>('.reading > article');
  if (!article) return;
  const seen = new Set<Element>();
  const pairs: Array<[HTMLAnchorElement, HTMLElement]> = [];
  const column = document.createElement('div');
  column.className = 'sidenotes';
  column.setAttribute('aria-hidden', 'true');
  for (const ref of noteRefs()) {
    const note = noteOf(ref);
    // A note cited again gets one sidenote; references inside tables are left to the popover.
    if (!note || seen.has(note) || ref.closest('.table-scroll, .footnotes') || !article.contains(ref)) continue;
    seen.add(note);
    const side = document.createElement('div');
    side.className = 'sidenote';
    side.dataset['ref'] = ref.id;
    side.append(Object.assign(document.createElement('span'), { className: 'sidenote-number', textContent: `${ref.textContent ?? ''}` }), noteBody(note));
    side.querySelectorAll('a').forEach((a) => (a.tabIndex = -1));
    column.append(side);
    pairs.push([ref, side]);
  }
  if (!pairs.length) return;
  article.append(column);
  const media = matchMedia(WIDE);
  let queued = false;
  const layout = () => {
    queued = false;
    column.hidden = !media.matches;
    if (column.hidden) return;
    const origin = article.getBoundingClientRect();
    // Reads first, then writes: one layout pass however many notes there are.
    const obstacles = [...article.querySelectorAll('.table-scroll')]
      .map((t) => t.getBoundingClientRect())
      .filter((r) => r.right > origin.right + GAP)
      .map((r) => [r.top - origin.top - GAP, r.bottom - origin.top + GAP] as const);
    pairs.forEach(([, side]) => (side.hidden = false));
    const measured = pairs.map(([ref, side]) => [ref.getClientRects()[0]?.top, side.offsetHeight] as const);
    let floor = 0;
    measured.forEach(([refTop, height], i) => {
      const side = pairs[i]![1];
      side.hidden = refTop === undefined;
      if (refTop === undefined) return;
      let top = Math.max(refTop - origin.top - 4, floor);
      for (const [from, to] of obstacles) if (top < to && top + height > from) top = to;
      side.style.top = `${top}px`;
      floor = top + height + GAP;
    });
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(layout);
    queued = true;
  };
  media.addEventListener('change', queue);
  new ResizeObserver(queue).observe(article);
  layout();
}
