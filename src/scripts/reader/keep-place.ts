/**
 * Runs `change` (code that adds links and buttons to the text, and so moves lines) without
 * moving what the reader is looking at. The browser's own scroll anchoring picks its anchor by
 * itself, and with a popover opening in the same frame it was seen to pick badly: the page jumped
 * 220 px while a reader's tap opened a note. So anchoring is off during the change, and the
 * element the reader acted on (or, failing that, the first one at the top of the window) is put
 * back where it was on screen.
 */
export function keepPlace(anchor: Element | undefined, change: () => void) {
  const held = anchor?.isConnected && anchor.closest('main') ? anchor : topOfWindow();
  const root = document.documentElement;
  const before = held?.getBoundingClientRect().top;
  const anchoring = root.style.overflowAnchor;
  root.style.overflowAnchor = 'none';
  try {
    change();
  } finally {
    if (held && before !== undefined) {
      const moved = held.getBoundingClientRect().top - before;
      if (Math.abs(moved) >= 1) scrollBy({ top: moved, behavior: 'instant' });
    }
    root.style.overflowAnchor = anchoring;
  }
}

/** The element of the page's text nearest the top of the window. */
function topOfWindow(): Element | undefined {
  const main = document.querySelector('main');
  if (!main) return undefined;
  for (let y = 8; y < innerHeight; y += 24) {
    const hit = document.elementFromPoint(innerWidth / 2, y);
    if (hit && main.contains(hit) && hit !== main) return hit;
  }
  return undefined;
}
