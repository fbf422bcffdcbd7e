import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    yield* files(join(path, name));
  }
}

/**
 * A short hash of everything a build is made from (names and bytes of the given files and folders,
 * relative to `cwd`). Known before Astro bundles the browser code, so the code can carry it.
 */
export function inputHash(paths: readonly string[], cwd = process.cwd()): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    for (const file of files(join(cwd, path))) {
      hash.update(relative(cwd, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
