import MiniSearch from 'minisearch';
const options = {
  fields: ['title', 'section', 'text'],
  storeFields: ['url', 'title', 'section'],
  searchOptions: { prefix: true, boost: { title: 2, section: 1.5 } },
};
export const name = 'MiniSearch 7';
export function build(docs: Array<Record<string, unknown>>): unknown {
  const ms = new MiniSearch(options);
  ms.addAll(docs);
  return ms.toJSON();
}
export function open(data: unknown) {
  const ms = MiniSearch.loadJS(data as never, options);
  return (q: string) => ms.search(q, { combineWith: 'AND' }).map((r) => r['url'] as string);
}
