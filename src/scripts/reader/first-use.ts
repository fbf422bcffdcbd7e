/**
 * What answers a reader (note popovers, link previews, copy-link and Cite) loads on the first
 * sign of one in the page's text (a pointer, a key, focus, a touch, a scroll), not with the page, so the first view
 * stays small. Nothing is lost meanwhile: the events that came first are handed to the loaded
 * code in order, and a tap on a note reference waits for it instead of jumping to the note list.
 */
export type Handlers = { [K in keyof DocumentEventMap]?: (event: DocumentEventMap[K]) => void };

const SIGNS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'click', 'scroll'];

const noteRef = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-footnote-ref]') : null);
const plainClick = (event: Event) => event instanceof MouseEvent && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);

export function onFirstUse(load: () => Promise<{ start(pending: Event[]): void }>) {
  const pending: Event[] = [];
  let loading: Promise<void> | undefined;
  const stop = () => SIGNS.forEach((type) => document.removeEventListener(type, record, true));
  function record(event: Event) {
    // The header, the search dialog and the footer are not what this code answers: a reader who
    // goes straight to search loads search's code, not this.
    if (event.target instanceof Element && !event.target.closest('main')) return;
    if (event.type === 'click' && plainClick(event) && noteRef(event)) event.preventDefault();
    pending.push(event);
    loading ??= load().then(
      (code) => {
        stop();
        code.start(pending.splice(0));
      },
      () => {
        // Offline and not cached: a held-back tap on a note goes where the plain link goes.
        stop();
        const held = pending.find((e) => e.type === 'click' && e.defaultPrevented);
        const ref = held && noteRef(held);
        if (ref) location.hash = ref.hash;
      },
    );
  }
  for (const type of SIGNS) document.addEventListener(type, record, { capture: true, passive: type !== 'click' });
}

/** Listens on the document with `handlers` and replays the events that came before. */
export function listen(handlers: Handlers, pending: readonly Event[]) {
  const byType = handlers as Record<string, (event: Event) => void>;
  for (const [type, handler] of Object.entries(byType)) document.addEventListener(type, handler);
  for (const event of pending) byType[event.type]?.(event);
}
