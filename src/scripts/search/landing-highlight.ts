import { findMatches, HIGHLIGHT_PARAM } from '../../lib/search/highlight';

/**
 * Wraps the searched words (from `?pagefind-highlight=`) in `<mark class="search-term">` throughout
 * the main content (a section's words follow its heading, so the target alone is not enough), then
 * brings the target — or, without one, the first mark — into view; `scroll-padding-top` in the
 * stylesheet keeps it clear of any sticky header.
 */
export function highlightLanding(root: HTMLElement | null = document.querySelector('main')) {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((t) => t.length >= 2);
  if (!root || terms.length === 0) return;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark, .pnum') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const ranges = findMatches(text.data, terms);
    for (const [start, end] of ranges.reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      word.replaceWith(mark);
      mark.append(word);
    }
  }
  if (target) target.scrollIntoView({ block: 'start' });
  else root.querySelector('mark.search-term')?.scrollIntoView({ block: 'center' });
}
