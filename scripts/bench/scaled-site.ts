import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/**
 * A throwaway copy of the project whose content/pages holds every page `times` times (the
 * original plus `times - 1` copies under other names). Returns the copy's folder.
 */
export function scaledProject(times: number): { dir: string; pages: number } {
  const dir = copyProject(`bench-x${times}`);
  const pagesDir = join(dir, 'content/pages');
  const originals = readdirSync(pagesDir).filter((n) => /\.mdx?$/.test(n));
  for (const name of originals) {
    const copy = withoutNav(readFileSync(join(pagesDir, name), 'utf8'));
    for (let k = 2; k <= times; k++) writeFileSync(join(pagesDir, copyName(name, k)), copy);
  }
  return { dir, pages: originals.length * times };
}
