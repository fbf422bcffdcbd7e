import type { APIRoute, GetStaticPaths } from 'astro';
import { citeEntries, type CiteEntry } from '../../../data/citation-entries';
import { citationFileResponse, CITATION_FILES } from '../../../lib/citation-formats/files';

/** `cite.bib`, `cite.ris` and `cite.json` beside every archived source: the original work and the archived copy. */
export const getStaticPaths = (async () => {
  const sources = (await citeEntries()).filter((e) => e.kind === 'source');
  return sources.flatMap((entry) => CITATION_FILES.map((f) => ({ params: { id: entry.id, format: f.extension }, props: { entry, format: f.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CiteEntry; format: (typeof CITATION_FILES)[number]['id'] }> = ({ props }) =>
  citationFileResponse(props.entry.items, props.format);
