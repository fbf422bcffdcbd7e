import { slug } from 'github-slugger';

/**
 * Addresses the site makes itself, and which part of the project makes each. A page in
 * content/pages at one of these would be overwritten or deleted by it, silently.
 */
export const RESERVED_ROUTES: ReadonlyArray<{ route: string; owner: string; prefix?: boolean }> = [
  { route: 'sources', owner: 'src/pages/sources/ (the archive)', prefix: true },
  { route: 'search', owner: 'src/pages/search.astro' },
  { route: 'citations.json', owner: 'src/pages/citations.json.ts' },
  { route: 'pagefind', owner: 'the search index (src/integrations/pagefind-index.ts)', prefix: true },
  { route: 'sw.js', owner: 'the offline edition (src/integrations/offline-service-worker.ts)' },
  { route: '_astro', owner: "Astro's bundled assets", prefix: true },
];

/** The address (without base) Astro's glob loader gives `pages/<relativePath>`: slugged segments, `index` dropped. */
export function pageRoute(relativePath: string): string {
  const segments = relativePath
    .replace(/\\/g, '/')
    .replace(/\.[^./]+$/, '')
    .split('/');
  const route = segments
    .map((s) => slug(s))
    .join('/')
    .replace(/(^|\/)index$/, '');
  return route;
}

export interface RouteConflict {
  /** The page (relative to the project) that cannot be served. */
  file: string;
  /** The page or part of the site that has the same address. */
  other: string;
  route: string;
}

/**
 * Pages whose address is taken: by another page (`dupe.md` and `dupe.mdx`, `A b.md` and
 * `a-b.md`), by a route the site makes itself, or by a file copied from `public/`.
 * `pages` are paths relative to the pages folder; `display` turns one into what errors show.
 */
export function routeConflicts(pages: readonly string[], publicFiles: readonly string[], display: (page: string) => string): RouteConflict[] {
  const conflicts: RouteConflict[] = [];
  const seen = new Map<string, string>();
  for (const page of [...pages].sort()) {
    const route = pageRoute(page);
    const first = route.split('/')[0]!;
    const reserved = RESERVED_ROUTES.find((r) => r.route === route || (r.prefix && r.route === first));
    const publicFile = publicFiles.find((f) => f.replace(/\\/g, '/').replace(/\/?index\.html$/, '') === route || f === first);
    const earlier = seen.get(route);
    if (earlier) conflicts.push({ file: display(page), other: display(earlier), route });
    else if (reserved) conflicts.push({ file: display(page), other: reserved.owner, route });
    else if (publicFile) conflicts.push({ file: display(page), other: `public/${publicFile}`, route });
    seen.set(route, earlier ?? page);
  }
  return conflicts;
}

/** Sources that have both `x.yaml` and `x.yml`: the reader would silently take one of them. */
export function metadataPairs(names: readonly string[]): Array<[string, string]> {
  return names
    .filter((n) => n.endsWith('.yaml') && names.includes(n.replace(/\.yaml$/, '.yml')))
    .sort()
    .map((n) => [n, n.replace(/\.yaml$/, '.yml')]);
}
