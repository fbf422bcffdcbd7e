import type { CslItem } from './csl-items';
import { formatFile } from './format';

/** The static citation files, by extension, with the media type a host should serve. */
export const CITATION_FILES = [
  { id: 'bibtex', extension: 'bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  { id: 'ris', extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
  { id: 'csljson', extension: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
] as const;

export function citationFileResponse(items: readonly CslItem[], format: (typeof CITATION_FILES)[number]['id']): Response {
  const file = CITATION_FILES.find((f) => f.id === format)!;
  return new Response(formatFile(items, format), { headers: { 'Content-Type': file.type } });
}
