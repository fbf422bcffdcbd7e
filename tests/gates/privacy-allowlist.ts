/**
 * What the privacy gate lets through, each with its reason. Keep these short: every entry is a
 * promise to readers about what the site does with their browser.
 */

/** Absolute URLs allowed in dist besides the site's own origin (which the canonical link uses). */
export const allowedOffsiteUrls: { prefix: string; why: string }[] = [
  // Sources carry no URLs yet; when the archive documents a source's original address, add it
  // here (as a link the reader chooses to follow, never something the page loads).
];

/** Browser storage the site may use: the theme choice and the offline cache, nothing else. */
export const allowedStorage: { kind: string; key: RegExp; why: string }[] = [
  { kind: 'localStorage', key: /^(sourcebook[-:])?theme$/, why: 'the reader’s light/dark choice' },
  { kind: 'CacheStorage', key: /^sourcebook[-:]/, why: 'the offline cache of the service worker' },
];
