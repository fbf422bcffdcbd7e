import { startCite } from '../cite/index';
import { startNotes } from '../notes/index';

/** Loaded on first use (src/scripts/reader/first-use.ts): copy-link and Cite, notes and previews in place. */
export function start(pending: Event[]) {
  startCite(pending);
  startNotes(pending);
}
