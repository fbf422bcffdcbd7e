/**
 * The on-page contents: open beside the text on wide screens, and marking the section being
 * read (`aria-current="location"`). Under an h3 its h2 is marked too, so a deep link to a
 * subsection shows where in the page it sits.
 */
const WIDE = '(min-width: 75rem)';

export function startToc() {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc) return;
  const details = toc.querySelector('details');
  // Open where it stands beside the text (global layout decides; pages with full-width tables keep it at the top).
  if (details && matchMedia(WIDE).matches && getComputedStyle(toc).position === 'sticky') details.open = true;
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const entries = links
    .map((link) => ({
      link,
      heading: document.getElementById(decodeURIComponent(link.hash.slice(1))),
      parent: link.closest('ul ul')?.closest('li')?.querySelector<HTMLAnchorElement>(':scope > a') ?? null,
    }))
    .filter((e): e is typeof e & { heading: HTMLElement } => e.heading !== null);
  let queued = false;
  // Until the reader scrolls by hand, a deep link's heading is the one being read, even where the
  // page's end keeps it from reaching the reading line with later headings above that line.
  let arrived = true;
  const mark = () => {
    queued = false;
    const line = innerHeight * 0.3;
    // Above the first heading the reader is in the page's opening: the first section stands for it.
    let current = entries.findLast((e) => e.heading.getBoundingClientRect().top <= line) ?? entries[0];
    // A deep link may land on a heading too near the page's end to reach the reading line.
    const target = location.hash && entries.find((e) => e.link.hash === location.hash);
    if (
      target &&
      target.heading.getBoundingClientRect().top >= 0 &&
      target.heading.getBoundingClientRect().top < innerHeight &&
      (arrived || !current || entries.indexOf(target) > entries.indexOf(current))
    )
      current = target;
    for (const e of entries) {
      const on = e === current;
      if (on) e.link.setAttribute('aria-current', 'location');
      else e.link.removeAttribute('aria-current');
      e.link.classList.toggle('is-parent-current', current?.parent === e.link);
    }
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(mark);
    queued = true;
  };
  const leave = () => {
    arrived = false;
    queue();
  };
  for (const type of ['wheel', 'touchmove', 'keydown']) addEventListener(type, leave, { passive: true });
  addEventListener('scroll', queue, { passive: true });
  addEventListener('hashchange', () => {
    arrived = true;
    queue();
  });
  addEventListener('resize', queue);
  mark();
}
