/**
 * The one preview box a page shares, for notes and link previews alike: a Popover API "auto"
 * popover, so the browser closes it on Escape and on a tap or click outside. It sits in the top
 * layer, placed by hand under (or over) the element that opened it; opening it never scrolls the
 * page, and closing it hands focus back to that element if focus was inside.
 */
export interface OpenOptions {
  /** Move focus into the box (a tap, a click, Enter); hover and focus previews leave it alone. */
  focus: boolean;
  /** Accessible name of the box, e.g. "Note 6". */
  label: string;
}

let box: HTMLElement | undefined;
let opener: HTMLElement | undefined;
let pinned = false;
let restoreFocus = true;
let returning = false;

/** True while focus is being handed back to the opener (that focus must not open a preview). */
export const isReturningFocus = () => returning;

export const currentOpener = () => (box?.matches(':popover-open') ? opener : undefined);
export const isPinned = () => pinned && currentOpener() !== undefined;

function ensureBox(): HTMLElement {
  if (box) return box;
  const el = document.createElement('div');
  el.className = 'preview';
  el.popover = 'auto';
  el.tabIndex = -1;
  el.setAttribute('role', 'dialog');
  el.setAttribute('data-pagefind-ignore', 'all');
  el.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const back = opener;
    // A note the reader opened hands focus back (after Escape, or a tap on nothing focusable);
    // a hover or focus preview never moved focus, so it never moves it back.
    const focusWasInside = el.contains(document.activeElement) || document.activeElement === document.body;
    const give = back && pinned && focusWasInside && restoreFocus;
    pinned = false;
    restoreFocus = true;
    if (give) {
      returning = true;
      back.focus({ preventScroll: true });
      returning = false;
    }
  });
  document.body.append(el);
  return (box = el);
}

/** Opens the box beside `anchor` with `content`; replaces whatever it showed before. */
export function openBox(anchor: HTMLElement, content: Node, options: OpenOptions): HTMLElement {
  const el = ensureBox();
  if (el.matches(':popover-open') && opener !== anchor) el.hidePopover();
  opener = anchor;
  pinned = options.focus;
  el.setAttribute('aria-label', options.label);
  el.replaceChildren(content);
  // After the anchor in the DOM, so Tab goes from the reference into the box and on to the text.
  // (Moving an open popover closes it, so it moves only when it must.)
  const host = anchor.closest('sup, p, li, td, th, dd, h2, h3') ?? anchor;
  if (host.nextElementSibling !== el) {
    if (el.matches(':popover-open')) el.hidePopover();
    host.after(el);
  }
  if (!el.matches(':popover-open')) el.showPopover();
  place(el, anchor);
  if (options.focus) el.focus({ preventScroll: true });
  return el;
}

/** Closes the box; `returnFocus: false` when the reader followed a link out of it. */
export function closeBox(returnFocus = true) {
  if (!box?.matches(':popover-open')) return;
  restoreFocus = returnFocus;
  box.hidePopover();
}

/** Re-places the box after its content grew (e.g. a whole paragraph was loaded into it). */
export function replace() {
  if (box && opener && box.matches(':popover-open')) place(box, opener, true);
}

export const boxElement = () => box;

let side: 'below' | 'above' = 'below';

/** Below the anchor if it fits, else above; a box that grew keeps its side and scrolls inside. */
function place(el: HTMLElement, anchor: HTMLElement, keepSide = false) {
  const gap = 6;
  const margin = 8;
  const a = anchor.getBoundingClientRect();
  el.style.maxHeight = '';
  const { width, height } = el.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth;
  const below = innerHeight - a.bottom - gap - margin;
  const above = a.top - gap - margin;
  if (!keepSide) side = height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, 160);
  if (height > room) el.style.maxHeight = `${room}px`;
  const shown = Math.min(height, room);
  const top = side === 'below' ? a.bottom + gap : a.top - gap - shown;
  const left = Math.max(margin, Math.min(a.left - 16, viewportWidth - width - margin));
  // The top layer's containing block is the viewport's initial block: document coordinates.
  el.style.top = `${top + scrollY}px`;
  el.style.left = `${left + scrollX}px`;
}
