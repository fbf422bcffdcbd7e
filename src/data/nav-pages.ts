import { getCollection, type CollectionEntry } from 'astro:content';

let loading: Promise<CollectionEntry<'pages'>[]> | undefined;

/**
 * The pages of the header's navigation (`nav` in frontmatter), in its order. Every page's header
 * and previous/next links ask for them: read once per build, since each `getCollection` walks the
 * whole collection, and a site of thousands of pages asking once per page spent minutes on it.
 */
export function navPages(): Promise<CollectionEntry<'pages'>[]> {
  loading ??= load();
  return loading;
}

async function load(): Promise<CollectionEntry<'pages'>[]> {
  return (await getCollection('pages', (p) => p.data.nav !== undefined)).sort((a, b) => (a.data.nav ?? 0) - (b.data.nav ?? 0));
}
