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

/**
 * Every page as the edition serves it (lib/offline/edition-page), and the module scripts they
 * name, each once, in the order the pages name them, for bundling. A page whose HTML, path, base
 * and label an earlier build already rewrote with the same code is taken from `cache`.
 */
export async function editionPages(
  pages: ReadonlyMap<string, Uint8Array>,
  { base, editionLabel }: { base: string; editionLabel: string },
  cache: ContentCache,
): Promise<{ pages: Map<string, Uint8Array>; scripts: Map<string, ModuleScript>; made: number }> {
  // Made by the generator (all of src/, the lockfile with htmlparser2's version): its hash, as for pages and citations.
  const version = generatorHash();
  const entries = [...pages].map(([file, bytes]) => ({ file, bytes, key: contentKey(version, file, base, editionLabel, bytes) }));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const out = new Map<string, Uint8Array>();
  const scripts = new Map<string, ModuleScript>();
  let made = 0;
  for (const { file, bytes, key } of entries) {
    const cached = cache.get(key);
    let page = cached && unpackPage(cached);
    if (!page) {
      const named: ModuleScript[] = [];
      const html = encoder.encode(editionPage(decoder.decode(bytes), { file, base, editionLabel, classicScript: (s) => (named.push(s), bundleName(s, base)) }));
      page = { scripts: named, html };
      cache.set(key, packPage(named, html));
      made++;
    }
    for (const script of page.scripts) if (!scripts.has(bundleName(script, base))) scripts.set(bundleName(script, base), script);
    out.set(file, page.html);
  }
  return { pages: out, scripts, made };
}
