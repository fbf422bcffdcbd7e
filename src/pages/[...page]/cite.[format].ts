import type { APIRoute, GetStaticPaths } from 'astro';
import { citeEntries, type CiteEntry } from '../../data/citation-entries';
import { citationFileResponse, CITATION_FILES } from '../../lib/citation-formats/files';

/** `cite.bib`, `cite.ris` and `cite.json` beside every page (`/timeline/cite.bib`; the home page's at the root). */
export const getStaticPaths = (async () => {
  const pages = (await citeEntries()).filter((e) => e.kind === 'page');
  return pages.flatMap((entry) =>
    CITATION_FILES.map((f) => ({ params: { page: entry.id === 'index' ? undefined : entry.id, format: f.extension }, props: { entry, format: f.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CiteEntry; format: (typeof CITATION_FILES)[number]['id'] }> = ({ props }) =>
  citationFileResponse(props.entry.items, props.format);
