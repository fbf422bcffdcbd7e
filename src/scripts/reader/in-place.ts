import { startCite } from '../cite/index';
import { startNotes } from '../notes/index';
import { keepPlace } from './keep-place';

/**
 * Loaded on first use (src/scripts/reader/first-use.ts): copy-link and Cite, notes and previews
 * in place. Their ¶ links and Cite buttons move the text's lines, so the element the reader
 * last acted on is kept where it is on screen.
 */
export function start(pending: Event[]) {
  const acted = pending.findLast((event) => event.type !== 'scroll' && event.target instanceof Element)?.target as Element | undefined;
  keepPlace(acted, () => {
    startCite(pending);
    startNotes(pending);
  });
}
