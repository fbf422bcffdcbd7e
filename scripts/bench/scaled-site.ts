import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../tests/build/project-copy';

/**
 * A page's copy as an author would add it: the same text, without `nav`/`navLabel`, since the
 * header's navigation is a curated list (pages opt in), not one entry per page.
 */
export function withoutNav(file: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(file);
  if (!match) return file;
  return match[0].replace(/^(nav|navLabel):.*\r?\n/gm, '') + file.slice(match[0].length);
}

/** `backdoors.md` → `backdoors-copy-3.md`. */
export const copyName = (name: string, k: number) => name.replace(/(\.mdx?)$/, `-copy-${k}$1`);

/** `cluley` → `cluley-3`: the id of a source's k-th copy. */
export const copyId = (id: string, k: number) => `${id}-${k}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A page rewritten to cite the k-th copy of the archive: `[@cluley ¶4]` → `[@cluley-3 ¶4]` and
 * links to `sources/cluley/` → `sources/cluley-3/`, for the known source ids only.
 */
export function retargetPage(file: string, ids: readonly string[], k: number): string {
  if (ids.length === 0) return file;
  const alternatives = [...ids]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return file
    .replace(new RegExp(`@(${alternatives})(?![\\w-])`, 'g'), (_, id: string) => `@${copyId(id, k)}`)
    .replace(new RegExp(`sources/(${alternatives})/`, 'g'), (_, id: string) => `sources/${copyId(id, k)}/`);
}

/** A source's metadata for its k-th copy: its own id, and relations pointing at the copies too. */
export function retargetSourceMeta(yaml: string, ids: readonly string[], k: number): string {
  const known = new Set(ids);
  return yaml
    .replace(/^id:\s*(\S+)\s*$/m, (_, id: string) => `id: ${copyId(id, k)}`)
    .replace(/(\bsource:\s*)([\w-]+)/g, (whole, key: string, id: string) => (known.has(id) ? `${key}${copyId(id, k)}` : whole));
}

/**
 * A throwaway copy of the project whose corpus is the real one `times` times: every archived
 * source copied byte for byte under a new id (`cluley-2` …, its relations renamed alike), every
 * page copied citing the copy's sources (`[@cluley-2 ¶4]`), without `nav`. Citations keep their
 * real structure, so verification and rendering cost what they would on a real corpus that size.
 */
export function scaledProject(times: number): { dir: string; pages: number; sources: number } {
  const dir = copyProject(`bench-x${times}`);
  const sourcesDir = join(dir, 'content/sources');
  const metas = readdirSync(sourcesDir).filter((n) => /\.ya?ml$/.test(n));
  const sums = join(sourcesDir, 'SHA256SUMS');
  const checksums = existsSync(sums) ? readFileSync(sums, 'utf8') : undefined;
  const ids = metas.map((n) => /^id:\s*(\S+)\s*$/m.exec(readFileSync(join(sourcesDir, n), 'utf8'))?.[1]).filter((id): id is string => Boolean(id));
  for (const meta of metas) {
    const stem = meta.replace(/\.ya?ml$/, '');
    const text = readFileSync(join(sourcesDir, `${stem}.txt`));
    const yaml = readFileSync(join(sourcesDir, meta), 'utf8');
    // A copy is the same capture under another name: its checksum line is the original's, renamed.
    const sum = checksums && new RegExp(`^([0-9a-f]{64}) +\\*?${escape(stem)}\\.txt$`, 'm').exec(checksums)?.[1];
    for (let k = 2; k <= times; k++) {
      writeFileSync(join(sourcesDir, `${stem}-copy-${k}.txt`), text);
      writeFileSync(join(sourcesDir, `${stem}-copy-${k}.yaml`), retargetSourceMeta(yaml, ids, k));
      if (sum) appendFileSync(sums, `${sum}  ${stem}-copy-${k}.txt\n`);
    }
  }
  const pagesDir = join(dir, 'content/pages');
  // The home page is not copied: a site has one, and its links are relative to the root.
  const originals = readdirSync(pagesDir).filter((n) => /\.mdx?$/.test(n));
  const copied = originals.filter((n) => !/^index\.mdx?$/.test(n));
  for (const name of copied) {
    const copy = withoutNav(readFileSync(join(pagesDir, name), 'utf8'));
    for (let k = 2; k <= times; k++) writeFileSync(join(pagesDir, copyName(name, k)), retargetPage(copy, ids, k));
  }
  return { dir, pages: originals.length + copied.length * (times - 1), sources: metas.length * times };
}
