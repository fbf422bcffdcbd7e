/** What a URL written by an author points at, decided the way a browser reads it. */
export type UrlClass = { kind: 'unsafe'; scheme: string } | { kind: 'external' } | { kind: 'mail' } | { kind: 'internal' };

/** Schemes a link may use; every other one (`javascript:`, `vbscript:`, `data:`, `file:`, …) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * Browsers drop ASCII tabs and newlines anywhere in a URL and control characters and spaces
 * around it, and read `\` as `/` (so `/\evil.example` leaves the site): the same is done here
 * before the scheme is read, so `java\tscript:` is `javascript:`.
 */
export function classifyUrl(url: string): UrlClass {
  const normal = url
    .replace(/[\t\n\r]/g, '')
    // eslint-disable-next-line no-control-regex -- C0 controls are exactly what browsers trim
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/\\/g, '/')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normal)?.[1];
  if (scheme === 'mailto' || scheme === 'tel') return { kind: 'mail' };
  if (scheme === 'http' || scheme === 'https' || normal.startsWith('//')) return { kind: 'external' };
  if (scheme) return { kind: 'unsafe', scheme };
  return { kind: 'internal' };
}
