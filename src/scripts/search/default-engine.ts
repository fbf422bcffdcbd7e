import type { SearchEngine } from '../../lib/search/engine';
import { pagefindEngine } from '../../lib/search/pagefind-engine';
import { VOCABULARY_FILE } from '../../lib/search/vocabulary';
import { url } from '../../lib/urls';

/**
 * The engine this copy searches with: Pagefind on a web host; the offline edition's own index when
 * opened from `file://`, where Pagefind cannot run (its code loads only there).
 */
export function createEngine(): SearchEngine {
  if (location.protocol === 'file:') {
    const engine = import('../offline/edition-engine').then((m) => m.editionEngine());
    return { search: async (query, filters, options) => (await engine).search(query, filters, options) };
  }
  return pagefindEngine({
    bundleUrl: url('pagefind/'),
    baseUrl: url(''),
    vocabularyUrl: url(`pagefind/${VOCABULARY_FILE}`),
  });
}
