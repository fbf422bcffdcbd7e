import { loadArchive } from '../lib/read-archive';
import type { ArchivedSource } from '../schemas/archived-source';
import { indexArchive, type CitationIndex } from '../lib/verify-citation';

const indexes = new WeakMap<readonly ArchivedSource[], CitationIndex>();

/** The citation index of the project's archive: built once per reading of the archive. */
export function loadIndex(root: string): CitationIndex {
  const archive = loadArchive(root);
  let index = indexes.get(archive);
  if (!index) indexes.set(archive, (index = indexArchive(archive)));
  return index;
}
