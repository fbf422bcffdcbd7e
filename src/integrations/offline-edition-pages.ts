import { createHash } from 'node:crypto';
import { editionPage, scriptKey, type ModuleScript } from '../lib/offline/edition-page';
import { generatorHash } from './input-hash';
import { contentKey, type ContentCache } from './offline-cache';

/** The classic bundle that replaces a module script, as a path inside the site. */
function bundleName(script: ModuleScript, base: string): string {
  return 'src' in script
    ? script.src.slice(base.length).replace(/\.js$/, '.classic.js')
    : `_astro/inline-${createHash('sha256').update(scriptKey(script)).digest('hex').slice(0, 10)}.classic.js`;
}

/** A made page as cached: the module scripts it names (a JSON line), then its bytes. */
const packPage = (scripts: readonly ModuleScript[], html: Uint8Array) => Buffer.concat([Buffer.from(`${JSON.stringify(scripts)}\n`), html]);
function unpackPage(value: Buffer): { scripts: ModuleScript[]; html: Uint8Array } {
  const line = value.indexOf(0x0a);
  return { scripts: JSON.parse(value.toString('utf8', 0, line)) as ModuleScript[], html: value.subarray(line + 1) };
}

/** A page as the edition serves it (lib/offline/edition-page), and the module scripts it names. */
export interface EditionPage {
  html: Uint8Array;
  scripts: ModuleScript[];
}

export interface EditionPages {
  /** Makes one page; several may be in hand at once. */
  page(file: string, bytes: Uint8Array): Promise<EditionPage>;
  /** Notes the scripts a made page names; called in the site's order, it keeps `scripts` in that order whatever order pages were made in. */
  register(page: EditionPage): void;
  /** The module scripts the registered pages name, each once, in the order they name them, for bundling. */
  readonly scripts: ReadonlyMap<string, ModuleScript>;
  /** How many pages were rewritten anew rather than taken from the cache. */
  readonly made: number;
}

/**
 * Rewrites pages for the edition one at a time, so that only the pages in hand are in memory. A
 * page whose HTML, path, base and label an earlier build already rewrote with the same code is
 * taken from `cache`.
 */
export function editionPages({ base, editionLabel }: { base: string; editionLabel: string }, cache: ContentCache): EditionPages {
  // Made by the generator (all of src/, the lockfile with htmlparser2's version): its hash, as for pages and citations.
  const version = generatorHash();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const scripts = new Map<string, ModuleScript>();
  let made = 0;
  return {
    scripts,
    get made() {
      return made;
    },
    async page(file, bytes) {
      const key = contentKey(version, file, base, editionLabel, bytes);
      const cached = await cache.get(key);
      if (cached) return unpackPage(cached);
      const named: ModuleScript[] = [];
      const html = encoder.encode(editionPage(decoder.decode(bytes), { file, base, editionLabel, classicScript: (s) => (named.push(s), bundleName(s, base)) }));
      made++;
      await cache.set(key, packPage(named, html));
      return { html, scripts: named };
    },
    register(page) {
      for (const script of page.scripts) if (!scripts.has(bundleName(script, base))) scripts.set(bundleName(script, base), script);
    },
  };
}
