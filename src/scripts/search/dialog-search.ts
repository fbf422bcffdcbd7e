import type { SearchEngine } from '../../lib/search/engine';
import { createEngine } from './default-engine';
import { mountSearchPanel } from './search-panel';

let engine: SearchEngine | undefined;
const theEngine = () => (engine ??= createEngine());

/** Starts loading the engine (Pagefind's runtime, WebAssembly, index entry) before the first key. */
export function warm() {
  theEngine()
    .warm?.()
    .catch(() => {
      /* the search itself reports a failure to load */
    });
}

/** Wires the header dialog's form to the engine (loaded on the first open). */
export function start(dialog: HTMLDialogElement) {
  warm();
  const panel = mountSearchPanel(dialog.querySelector('.search-panel')!, theEngine());
  // Following a result to a fragment of the page already open does not unload it: close the dialog.
  dialog.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.search-results a')) dialog.close();
  });
  return panel;
}
