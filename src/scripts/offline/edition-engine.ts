import { EDITION_INDEX_GLOBAL, EDITION_INDEX_SCRIPT, EDITION_ROOT_ATTRIBUTE, EDITION_TEXT_GLOBAL, editionTextScript } from '../../lib/offline/edition-files';
import { editionPath } from '../../lib/offline/edition-paths';
import type { SearchEngine } from '../../lib/search/engine';
import { minisearchEngine, type OfflineIndexData } from '../../lib/search/minisearch-engine';

const globals = self as unknown as Record<string, unknown>;

/** Adds a classic script (the one kind of request a `file://` page may make) and waits for it. */
function script(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.src = src;
    element.onload = () => resolve();
    element.onerror = () => reject(new Error(`${src} is missing from this copy of the site.`));
    document.head.append(element);
  });
}

/**
 * Search in the offline edition opened from `file://`: the index arrives as a classic script on
 * the first search, and the texts of the hits shown (for excerpts and sections) in small chunks.
 */
export function editionEngine(): SearchEngine {
  const root = document.documentElement.getAttribute(EDITION_ROOT_ATTRIBUTE) ?? './';
  return minisearchEngine({
    load: () => script(root + EDITION_INDEX_SCRIPT).then(() => globals[EDITION_INDEX_GLOBAL] as OfflineIndexData),
    loadTexts: (chunk) => script(root + editionTextScript(chunk)).then(() => (globals[EDITION_TEXT_GLOBAL] as Record<number, string[]>)[chunk]!),
    href: (path) => root + editionPath(path),
  });
}
