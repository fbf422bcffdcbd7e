import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR_INPUTS, inputHash } from '../integrations/input-hash';
import { fingerprint, parseLock, type CitationLock } from '../lib/citation-lock';
import { loadArchive } from '../lib/read-archive';
import { indexArchive } from '../lib/verify-citation';
import type { ArchivedSource } from '../schemas/archived-source';

const LOCK_FILE = 'content/citations.lock';

export interface PageDependencies {
  /** A key of what the page with this Markdown text depends on: equal keys, equal rendering inputs. */
  keyFor: (pageText: string) => string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The dependencies of the project's pages as they are on disk now. A page depends on the
 * sources it cites (`@id`, any occurrence in its text, so even a malformed citation counts),
 * each as the archive reader returns it (curated paragraphs, metadata), with the sources it
 * relates to, and with the citation lock's entries for them that no longer match.
 */
export function pageDependencies(root: string): PageDependencies {
  const generator = [inputHash(GENERATOR_INPUTS, root), `lock-mode:${process.env['SOURCEBOOK_LOCK'] ?? ''}`].join('|');
  let archive: ReadonlyMap<string, ArchivedSource>;
  try {
    archive = new Map(loadArchive(root).map((s) => [s.id, s]));
  } catch {
    // An archive that cannot be read fails the build (the sources loader reports it); no page may be kept.
    const never = `unreadable-archive-${Date.now()}-${Math.random()}`;
    return { keyFor: () => never };
  }
  const lockOf = lockDisagreements(join(root, LOCK_FILE));
  const sourceKeys = new Map<string, string>();
  const sourceKey = (id: string): string => {
    let key = sourceKeys.get(id);
    if (key === undefined) {
      const source = archive.get(id);
      key = source ? sha(`${JSON.stringify(source)}\0${lockOf(source)}`) : 'missing';
      sourceKeys.set(id, key);
    }
    return key;
  };
  return {
    keyFor(pageText) {
      const cited = new Set<string>();
      const add = (id: string) => {
        if (cited.has(id)) return;
        cited.add(id);
        for (const relation of archive.get(id)?.relations ?? []) if (relation.source) add(relation.source);
      };
      for (const match of pageText.matchAll(/@([a-z][a-z0-9-]*)/g)) {
        const token = match[1]!;
        // `@cluley-` before a line break or `@cluley-2`: the id is the token or the token without trailing dashes.
        const id = archive.has(token) ? token : token.replace(/-+$/, '');
        if (archive.has(id)) add(id);
      }
      return sha([generator, ...[...cited].sort().map((id) => `${id}:${sourceKey(id)}`)].join('\n'));
    },
  };
}

/**
 * Per source id, the lock's entries that disagree with the source as it is now: only these can
 * fail a citation check (an entry that matches, like one the last build added, cannot), so
 * pages depend on them and not on the lock growing.
 */
function lockDisagreements(file: string): (source: ArchivedSource) => string {
  if (!existsSync(file)) return () => '';
  const text = readFileSync(file, 'utf8');
  let lock: CitationLock;
  try {
    lock = parseLock(text, file);
  } catch {
    // A lock that cannot be read fails every citation check: every source is keyed on its whole text.
    const whole = sha(text);
    return () => whole;
  }
  const bySource = new Map<string, Array<[string, string]>>();
  for (const [key, entry] of lock) {
    const [id = '', passage = ''] = key.split(' ');
    bySource.set(id, [...(bySource.get(id) ?? []), [passage, entry.sha256]]);
  }
  return (source) => {
    const entries = bySource.get(source.id);
    if (!entries) return '';
    const passages = indexArchive([source]).get(source.id)!.passages;
    return entries
      .filter(([passage, sha256]) => {
        const now = passages.get(passage);
        return now === undefined || fingerprint(now) !== sha256;
      })
      .map(([passage, sha256]) => `${passage}=${sha256}`)
      .sort()
      .join(';');
  };
}
