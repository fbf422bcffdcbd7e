import { openLinkPreview, previewable } from './link-previews';
import { noteOf } from './note-content';
import { openNote } from './note-popover';
import { boxElement, closeBox, currentOpener, isPinned, isReturningFocus } from './preview-box';
import { listen } from '../reader/first-use';
import { sidenoteFor } from './sidenotes';

/**
 * Notes and previews in place. Without this script a note reference is a plain link to the note
 * list and every link just navigates; with it:
 * - a tap, click or Enter on a note reference opens the note in a popover (focus moves in; Escape
 *   or a tap outside closes it and focus returns; the URL and the scroll position stay);
 * - hovering or keyboard-focusing a reference or a link to another part of the site opens a
 *   preview after a short delay, without taking focus, and it closes when the pointer or focus
 *   moves on; a click goes through to the link as always;
 * - on wide screens, where notes are also shown as sidenotes (./sidenotes.ts, started with the
 *   page), hovering a reference highlights its sidenote instead.
 */
const OPEN_DELAY = 350;
const CLOSE_DELAY = 300;

let openTimer: number | undefined;
let closeTimer: number | undefined;
let wanted: HTMLElement | undefined;

const refOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-footnote-ref]') : null);
const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null);

function cancelTimers() {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
}

/** A hover or focus preview of `link`, after the delay, unless something else is wanted by then. */
function schedulePreview(link: HTMLAnchorElement) {
  cancelTimers();
  if (currentOpener() === link) return;
  const ref = refOf(link);
  const side = ref ? sidenoteFor(ref) : null;
  if (side) {
    // The note is already on screen beside the text: point at it instead of covering the text.
    side.classList.add('is-current');
    return;
  }
  const target = ref ? undefined : previewable(link);
  if (!ref && !target) return;
  wanted = link;
  openTimer = window.setTimeout(() => {
    if (wanted !== link || isPinned()) return;
    if (ref) openNote(ref, false);
    else if (target) void openLinkPreview(link, target).then(() => wanted !== link && currentOpener() === link && closeBox());
  }, OPEN_DELAY);
}

function scheduleClose(link: HTMLElement) {
  clearTimeout(openTimer);
  document.querySelectorAll('.sidenote.is-current').forEach((s) => s.classList.remove('is-current'));
  if (wanted === link) wanted = undefined;
  if (isPinned()) return;
  closeTimer = window.setTimeout(() => {
    const box = boxElement();
    if (!isPinned() && !box?.matches(':hover') && !box?.contains(document.activeElement)) closeBox();
  }, CLOSE_DELAY);
}

/** Starts the handlers, then hands them the events that came before (`pending`). */
export function startNotes(pending: readonly Event[]) {
  listen(
    {
      click: (event) => {
        const inBox = event.target instanceof Element && event.target.closest('.preview');
        const link = linkOf(event.target);
        if (inBox) {
          if (link) closeBox(false);
          return;
        }
        const ref = refOf(event.target);
        if (!ref || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !noteOf(ref)) return;
        event.preventDefault();
        cancelTimers();
        openNote(ref, true);
      },
      pointerover: (event) => {
        if (event.pointerType !== 'mouse') return;
        if (event.target instanceof Element && event.target.closest('.preview')) return clearTimeout(closeTimer);
        const link = linkOf(event.target);
        if (link && link !== linkOf(event.relatedTarget)) schedulePreview(link);
      },
      pointerout: (event) => {
        if (event.pointerType !== 'mouse') return;
        const from = linkOf(event.target) ?? (event.target instanceof Element ? event.target.closest<HTMLElement>('.preview') : null);
        if (from && !from.contains(event.relatedTarget as Node | null)) scheduleClose(from);
      },
      focusin: (event) => {
        const link = linkOf(event.target);
        // Focus coming back from the box (the browser returns it on close, or closeBox did) is not a request.
        const fromBox = event.relatedTarget instanceof Node && boxElement()?.contains(event.relatedTarget);
        if (link && !fromBox && !isReturningFocus() && link.matches(':focus-visible') && !link.closest('.preview')) schedulePreview(link);
      },
      focusout: (event) => {
        const link = linkOf(event.target);
        const box = boxElement();
        const into = event.relatedTarget as Node | null;
        if (link && !link.closest('.preview') && !(box && into && box.contains(into))) scheduleClose(link);
        // Tabbing out of a pinned note closes it (focus has already moved on, so it stays there).
        if (box?.contains(event.target as Node) && into && !box.contains(into) && into !== currentOpener()) closeBox(false);
      },
    },
    pending,
  );
}
