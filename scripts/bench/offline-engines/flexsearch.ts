import { Document } from 'flexsearch';
const options = { tokenize: 'forward', document: { id: 'id', index: ['title', 'section', 'text'], store: ['url'] } } as const;
export const name = 'FlexSearch 0.8';
export function build(docs: Array<Record<string, unknown>>): unknown {
  const index = new Document(options as never);
  for (const d of docs) index.add(d as never);
  const out: Record<string, unknown> = {};
  index.export((key: string, data: unknown) => void (out[key] = data));
  return out;
}
export function open(data: unknown) {
  const index = new Document(options as never);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) index.import(key, value as never);
  return (q: string) => (index.search(q, { enrich: true, merge: true } as never) as unknown as Array<{ doc: { url: string } }>).map((r) => r.doc?.url);
}
