import type { APIRoute, GetStaticPaths } from 'astro';
import { citeEntries } from '../data/citation-entries';
import { citationFileResponse, CITATION_FILES } from '../lib/citation-formats/files';

/** The whole site in one file each: every page and every source (`/cite-all.bib`, `.ris`, `.json`). */
export const getStaticPaths = (() => CITATION_FILES.map((f) => ({ params: { format: f.extension }, props: { format: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: (typeof CITATION_FILES)[number]['id'] }> = async ({ props }) =>
  citationFileResponse(
    (await citeEntries()).flatMap((e) => e.items),
    props.format,
  );
