import { createEngine } from './default-engine';
import { mountSearchPanel } from './search-panel';

/** Wires the header dialog's form to the engine (loaded on the first open). */
export function start(dialog: HTMLDialogElement) {
  const panel = mountSearchPanel(dialog.querySelector('.search-panel')!, createEngine());
  // Following a result to a fragment of the page already open does not unload it: close the dialog.
  dialog.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a.search-hit-link')) dialog.close();
  });
  return panel;
}
