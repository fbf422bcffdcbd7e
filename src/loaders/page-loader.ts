import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { InternalLink } from '../lib/internal-links';
import type { SourcebookError } from '../lib/errors';
import { pageDependencies, type PageDependencies } from './page-dependencies';
import { renderRecords } from './render-records';

/** What a page's rendering left beside its HTML, kept in the content store with it. */
interface CachedRecords {
  internalLinks: InternalLink[];
}

type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;
type EntryToStore = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's glob loader for the written pages, with a cache that stays honest. The glob loader
 * re-renders a page only when its digest changed, and digests only the file's text; here the
 * digest also covers what the rendering read: the generator (plugins, config, lockfile, site
 * settings), and each archived source the page cites (its text, curation and metadata, its
 * related sources', and the citation lock's entries for it). So a changed page re-renders itself,
 * a changed source re-renders every page citing it, a changed plugin re-renders everything.
 *
 * A rendering also leaves records that later steps read (errors for failOnMarkdownErrors, internal
 * links for check-internal-links). Links are kept with the entry and handed on again when the
 * entry comes from the cache; a page whose rendering recorded an error, or failed, is stored with
 * a digest that never matches, so the next build renders it again and reports the same errors.
 */
export function pageLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'sourcebook-pages',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const records = renderRecords();
      const deps: PageDependencies = pageDependencies(root);
      const rendered = new Map<string, EntryToStore>();
      const store: LoaderContext['store'] = Object.create(context.store, {
        set: {
          value: (entry: EntryToStore) => {
            rendered.set(entry.id, entry);
            return context.store.set(entry);
          },
        },
      });
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' ? `${data}\0${deps.keyFor(data)}` : data);
      await inner.load({ ...context, store, generateDigest });

      // Without the bridge to the plugins' records (a loader run outside `astro build` or `astro dev`
      // with our config), nothing could be replayed: keep no cache.
      if (!records) {
        for (const entry of rendered.values()) replace(context.store, { ...entry, digest: `uncached-${Date.now()}` });
        return;
      }
      const errors: SourcebookError[] = records.takeMarkdownErrors();
      errors.forEach(records.recordMarkdownError);
      const links = records.takeInternalLinks();
      const byFile = new Map<string, InternalLink[]>();
      for (const link of links) byFile.set(link.at.file ?? '', [...(byFile.get(link.at.file ?? '') ?? []), link]);
      const known = new Set([...rendered.values()].map((e) => e.filePath));
      // A link no rendered page claims cannot be replayed later: then nothing of this sync is kept.
      const unclaimed = [...byFile.keys()].some((file) => !known.has(file));
      const keep = errors.length === 0 && !unclaimed;
      for (const entry of rendered.values()) {
        const failed = !entry.rendered && !entry.deferredRender;
        const internalLinks = byFile.get(entry.filePath ?? '') ?? [];
        if (!keep || failed) replace(context.store, { ...entry, digest: `not-cached-${entry.digest}-${Date.now()}` });
        else if (entry.rendered) replace(context.store, withRecords(entry, { internalLinks }));
      }
      for (const link of links) records.recordInternalLink(link);
      let cached = 0;
      for (const entry of context.store.values()) {
        if (rendered.has(entry.id)) continue;
        cached += 1;
        for (const link of recordsOf(entry)?.internalLinks ?? []) records.recordInternalLink(link);
      }
      const names = [...rendered.keys()].sort();
      const shown = names.length <= 12 ? names.join(', ') : `${names.slice(0, 12).join(', ')} …`;
      context.logger.info(`${rendered.size} pages rendered${names.length ? ` (${shown})` : ''}, ${cached} unchanged from the cache`);
    },
  };
}

function withRecords(entry: EntryToStore, kept: CachedRecords): EntryToStore {
  const rendered = entry.rendered!;
  const metadata: NonNullable<typeof rendered.metadata> = { ...rendered.metadata, sourcebook: kept };
  return { ...entry, rendered: { ...rendered, metadata } };
}

function recordsOf(entry: StoredEntry): CachedRecords | undefined {
  return (entry.rendered?.metadata as { sourcebook?: CachedRecords } | undefined)?.sourcebook;
}

/** `set` keeps an entry whose digest is unchanged: drop it first. */
function replace(store: LoaderContext['store'], entry: EntryToStore) {
  store.delete(entry.id);
  store.set(entry);
}
