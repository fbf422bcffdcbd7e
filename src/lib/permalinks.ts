import { SourcebookError } from './errors';

/**
 * The permalink guard's logic (the build step is src/integrations/permalink-guard.ts). The
 * committed manifest `content/permalinks.json` lists every page and anchor the site has
 * published; a build that would lose one fails unless an alias says where it went.
 * Paths are relative to the site's base: `/timeline/`, `/timeline/#how-to-read-this-timeline`.
 */
export interface PermalinkManifest {
  /** Old address → where it is now: `"/old/": "/new/"` for a page, `"/p/#old": "/p/#new"` (or another page) for an anchor. */
  aliases: Record<string, string>;
  /** Every published page and the anchors on it. */
  pages: Record<string, string[]>;
}

export const MANIFEST_FILE = 'content/permalinks.json';
export const UPDATE_COMMAND = 'npm run permalinks:update';

export const emptyManifest = (): PermalinkManifest => ({ aliases: {}, pages: {} });

/** A manifest file's text, checked; an unreadable manifest is an error with its reason, not an empty one. */
export function parseManifest(text: string): PermalinkManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourcebookError(
      { file: MANIFEST_FILE },
      `The permalink manifest is not valid JSON: ${(error as Error).message}`,
      `Fix the file, or restore it from version control and run \`${UPDATE_COMMAND}\`.`,
    );
  }
  const m = data as Partial<PermalinkManifest>;
  const isMap = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (
    !isMap(m.aliases) ||
    !isMap(m.pages) ||
    !Object.values(m.pages!).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string')) ||
    !Object.values(m.aliases!).every((to) => typeof to === 'string')
  ) {
    throw new SourcebookError(
      { file: MANIFEST_FILE },
      'The permalink manifest needs "aliases" (old address → new address) and "pages" (page path → list of anchor ids).',
      'See docs/authoring.md, "Links that last".',
    );
  }
  return { aliases: m.aliases!, pages: m.pages! };
}

/** The manifest as committed: pages and anchors sorted, so a diff shows only what changed. */
export function serializeManifest(manifest: PermalinkManifest): string {
  const sortKeys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  const pages = sortKeys(Object.fromEntries(Object.entries(manifest.pages).map(([p, ids]) => [p, [...new Set(ids)].sort()])));
  return `${JSON.stringify({ aliases: sortKeys(manifest.aliases), pages }, null, 2)}\n`;
}

/**
 * The anchors of a built page a reader could have linked to: every id inside an indexed `<main>`, except in
 * the Cite block, forms and scripts (controls, not passages).
 */
export function publishedAnchors(html: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  // Pages whose text is indexed for search are the ones with passages; the others (the search
  // page, lists) have controls, not places to link to.
  if (!/^<main\b[^>]*\bdata-pagefind-body\b/.test(main)) return [];
  const content = main
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<aside\b[^>]*\bdata-cite-block\b[\s\S]*?<\/aside>/g, '')
    .replace(/<form\b[\s\S]*?<\/form>/g, '');
  const ids = [...content.matchAll(/<[a-z][a-z0-9]*\b[^>]*?\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!));
  return [...new Set(ids)].filter((id) => id !== 'main');
}

/** Adds what the build has and the manifest lacks; never removes (a published link stays published). */
export function addNewAnchors(manifest: PermalinkManifest, built: ReadonlyMap<string, ReadonlySet<string>>): { manifest: PermalinkManifest; added: number } {
  const pages: Record<string, string[]> = { ...manifest.pages };
  let added = 0;
  for (const [path, ids] of built) {
    const known = new Set(pages[path] ?? []);
    if (!(path in pages)) added += 1;
    for (const id of ids) {
      if (known.has(id)) continue;
      known.add(id);
      added += 1;
    }
    pages[path] = [...known];
  }
  return { manifest: { aliases: manifest.aliases, pages }, added };
}

/** Follows aliases (`a → b → c`) to where an address lives now; undefined if it has none. */
export function resolveAlias(aliases: Readonly<Record<string, string>>, address: string): string | undefined {
  const seen = new Set<string>();
  let at = address;
  while (aliases[at] !== undefined) {
    if (seen.has(at)) return undefined;
    seen.add(at);
    at = aliases[at]!;
  }
  return at === address ? undefined : at;
}

export interface GuardPlan {
  problems: SourcebookError[];
  /** Pages that moved: a redirect page at `from` (with the old page's anchor aliases) to `to`. */
  redirects: Array<{ from: string; to: string; fragments: Record<string, string> }>;
  /** Anchors that moved on pages that still exist: id on the page → new address. */
  fragments: Map<string, Array<{ id: string; to: string }>>;
  /** Anchors the build has that the manifest does not list yet. */
  unlisted: number;
}

/**
 * Compares the manifest with a build (page path → its anchors). `fileFor` names the source file
 * of a page path, for error messages.
 */
export function planPermalinks(manifest: PermalinkManifest, built: ReadonlyMap<string, ReadonlySet<string>>, fileFor: (path: string) => string): GuardPlan {
  const problems: SourcebookError[] = [];
  const redirects: GuardPlan['redirects'] = [];
  const fragments: GuardPlan['fragments'] = new Map();
  const exists = (address: string) => {
    const [path = '', id] = address.split('#', 2);
    const ids = built.get(path);
    return ids !== undefined && (id === undefined || id === '' || ids.has(id));
  };
  const aliasHint = (from: string, example: string) => `or declare where it went in ${MANIFEST_FILE}: "aliases": { "${from}": "${example}" }.`;

  for (const [path, ids] of Object.entries(manifest.pages)) {
    const ids_ = built.get(path);
    if (!ids_) {
      const to = resolveAlias(manifest.aliases, path);
      if (to === undefined) {
        problems.push(
          new SourcebookError({ file: fileFor(path) }, `The published page ${path} would vanish.`, `Restore the page, ${aliasHint(path, '/its-new-path/')}`),
        );
      } else if (!exists(to)) {
        problems.push(
          new SourcebookError(
            { file: MANIFEST_FILE },
            `The alias for ${path} leads to ${to}, which this build does not have.`,
            'Point the alias at a page (and anchor) that exists.',
          ),
        );
      } else {
        const moved: Record<string, string> = {};
        for (const id of ids) {
          const target = resolveAlias(manifest.aliases, `${path}#${id}`);
          if (target !== undefined) moved[id] = target;
        }
        redirects.push({ from: path, to, fragments: moved });
      }
      continue;
    }
    for (const id of ids) {
      if (ids_.has(id)) continue;
      const address = `${path}#${id}`;
      const to = resolveAlias(manifest.aliases, address);
      if (to === undefined) {
        problems.push(
          new SourcebookError(
            { file: fileFor(path) },
            `The published anchor ${address} would vanish (a heading, paragraph or note was reworded, moved or removed).`,
            `Keep the link: pin the old id by ending the heading, paragraph or list item with {#${id}}, ${aliasHint(address, `${path}#its-new-id`)}`,
          ),
        );
      } else if (!exists(to)) {
        problems.push(
          new SourcebookError(
            { file: MANIFEST_FILE },
            `The alias for ${address} leads to ${to}, which this build does not have.`,
            'Point the alias at a page and anchor that exist.',
          ),
        );
      } else {
        fragments.set(path, [...(fragments.get(path) ?? []), { id, to }]);
      }
    }
  }
  let unlisted = 0;
  for (const [path, ids] of built) {
    const known = new Set(manifest.pages[path] ?? []);
    for (const id of ids) if (!known.has(id)) unlisted += 1;
  }
  return { problems, redirects, fragments, unlisted };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
