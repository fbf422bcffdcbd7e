import type { SearchEngine } from '../../lib/search/engine';
import { pagefindEngine } from '../../lib/search/pagefind-engine';
import { VOCABULARY_FILE } from '../../lib/search/vocabulary';
import { url } from '../../lib/urls';

/** Set at build time by src/integrations/pagefind-index.ts (one value per build). */
declare const __SEARCH_CACHE_TAG__: string;

/** The engine this edition searches with. A `file://` edition swaps this one module. */
export function createEngine(): SearchEngine {
  return pagefindEngine({
    bundleUrl: url('pagefind/'),
    baseUrl: url(''),
    cacheTag: __SEARCH_CACHE_TAG__,
    vocabularyUrl: url(`pagefind/${VOCABULARY_FILE}`),
  });
}
