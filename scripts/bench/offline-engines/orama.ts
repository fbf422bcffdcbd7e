import { create, insertMultiple, load, save, search } from '@orama/orama';
const schema = { url: 'string', title: 'string', section: 'string', text: 'string' } as const;
export const name = 'Orama 3';
export function build(docs: Array<Record<string, unknown>>): unknown {
  const db = create({ schema });
  void insertMultiple(db, docs.map((d) => ({ url: d['url'], title: d['title'], section: d['section'] ?? '', text: d['text'] })) as never);
  return save(db);
}
export function open(data: unknown) {
  const db = create({ schema });
  load(db, data as never);
  return (q: string) =>
    (search(db, { term: q, properties: ['title', 'section', 'text'] }) as unknown as { hits: Array<{ document: { url: string } }> }).hits.map(
      (h) => h.document.url,
    );
}
