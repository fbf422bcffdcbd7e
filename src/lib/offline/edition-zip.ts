/**
 * What goes into the offline edition. Pagefind cannot run from `file://` (its own index is
 * replaced by the edition's), the service worker and host settings have no meaning there, Vite's
 * module chunks are replaced by classic bundles, and the zip does not contain itself.
 */
const LEFT_OUT = [
  /^pagefind\//,
  /^sw\.js$/,
  /^offline-manifest\.json$/,
  /^_(headers|redirects)$/,
  /\.zip$/,
  /\.map$/,
  /^_astro\/(?!.*\.classic\.js$).*\.m?js$/,
];

/** Whether a built file goes into the edition (the edition adds its own search files and classic bundles). */
export const inEdition = (file: string): boolean => !LEFT_OUT.some((re) => re.test(file));

/** The folder the zip unpacks to, named after the site: `Sourcebook` → `sourcebook-offline`. */
export function editionFolder(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'site'}-offline`;
}

/** `1234567` → `1.2 MB`, as a reader reads sizes (1 MB = 1,000,000 bytes, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The empty size slot the footer renders beside the download link. */
export const SIZE_SLOT = '<span data-edition-size></span>';

/** Fills the footer's size slot once the zip exists (the pages are built before it). */
export function withEditionSize(html: string, bytes: number): string {
  return html.replaceAll(SIZE_SLOT, `<span data-edition-size> (zip, ${formatSize(bytes)})</span>`);
}
