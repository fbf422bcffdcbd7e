/** Names shared by the build step that writes the offline edition and the code that reads it. */

/** The zip, at the root of the built site (and so linked as `<base>offline-edition.zip`). */
export const EDITION_ZIP = 'offline-edition.zip';

/** Inside the edition: the search index as a classic script, and the global it assigns. */
export const EDITION_INDEX_SCRIPT = 'offline/search-index.js';
export const EDITION_INDEX_GLOBAL = '__sourcebookSearchIndex';
/** The texts of the indexed documents, in chunks loaded per hit: `offline/search-text-3.js`. */
export const editionTextScript = (chunk: number) => `offline/search-text-${chunk}.js`;
export const EDITION_TEXT_GLOBAL = '__sourcebookSearchText';

/** Set on `<html>` of every edition page: the relative way back to the edition's root (`../../`). */
export const EDITION_ROOT_ATTRIBUTE = 'data-edition-root';

/** What the search panel says inside the edition, where its index is coarser than Pagefind's. */
export const EDITION_SEARCH_NOTE =
  'Offline edition: search matches whole words and word beginnings, without the online search’s word forms (e.g. “banks” does not find “bank”).';
