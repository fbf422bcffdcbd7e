import { EDITION_INDEX_GLOBAL, EDITION_INDEX_SCRIPT, EDITION_ROOT_ATTRIBUTE } from '../../lib/offline/edition-files';
import { editionPath } from '../../lib/offline/edition-paths';
import type { SearchEngine } from '../../lib/search/engine';
import { minisearchEngine, type OfflineIndexData } from '../../lib/search/minisearch-engine';

/**
 * Search in the offline edition opened from `file://`: the index arrives as a classic script (the
 * one kind of request a file page may make), added to the page on the first search only.
 */
export function editionEngine(): SearchEngine {
  const root = document.documentElement.getAttribute(EDITION_ROOT_ATTRIBUTE) ?? './';
  const load = () =>
    new Promise<OfflineIndexData>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = root + EDITION_INDEX_SCRIPT;
      script.onload = () => resolve((self as unknown as Record<string, OfflineIndexData>)[EDITION_INDEX_GLOBAL]!);
      script.onerror = () => reject(new Error(`The offline search index (${script.src}) is missing from this copy.`));
      document.head.append(script);
    });
  return minisearchEngine({ load, href: (path) => root + editionPath(path) });
}
