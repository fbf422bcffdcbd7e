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

/**
 * Everything a page's rendering is made from besides the content: the Markdown plugins and all
 * they import (all of src/), the config, the installed packages, the site settings. Changing any
 * of these renders every page again and formats every citation again.
 */
export const GENERATOR_INPUTS = ['astro.config.mjs', 'src', 'package-lock.json', 'tsconfig.json', 'content/site.yaml'] as const;

// Astro evaluates the config, the content loaders and the pages in separate module graphs of one
// process; globalThis is what they share, so `astro build` hashes the generator once.
const HASHES = ((globalThis as Record<symbol, unknown>)[Symbol.for('sourcebook.generator-hash')] ??= new Map()) as Map<string, string>;

/** The hash of GENERATOR_INPUTS, once per build process (a build reads one state of the project). */
export function generatorHash(root = process.cwd()): string {
  let hash = HASHES.get(root);
  if (hash === undefined) HASHES.set(root, (hash = inputHash(GENERATOR_INPUTS, root)));
  return hash;
}
