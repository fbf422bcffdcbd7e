import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { editionPage, scriptKey, type ModuleScript } from '../lib/offline/edition-page';
import { contentKey, type ContentCache } from './offline-cache';

/**
 * What an edition page is made by: this file (it names the bundles), the rewriting code and
 * htmlparser2's parser, so a change to any of them makes every page anew. Unreadable (the code
 * bundled elsewhere), the version is new on every build and nothing is reused.
 */
async function codeVersion(): Promise<string> {
  const tokenizer = new URL(`file://${createRequire(import.meta.url).resolve('htmlparser2')}`);
  const files = [
    new URL(import.meta.url),
    new URL('../lib/offline/edition-page.ts', import.meta.url),
    new URL('../lib/offline/edition-paths.ts', import.meta.url),
    new URL('../lib/offline/edition-files.ts', import.meta.url),
    ...['index.js', 'Parser.js', 'Tokenizer.js'].map((name) => new URL(name, tokenizer)),
  ];
  try {
    return contentKey('edition-page', ...(await Promise.all(files.map((f) => readFile(f)))));
  } catch {
    return randomUUID();
  }
}

/** The classic bundle that replaces a module script, as a path inside the site. */
function bundleName(script: ModuleScript, base: string): string {
  return 'src' in script
    ? script.src.slice(base.length).replace(/\.js$/, '.classic.js')
    : `_astro/inline-${createHash('sha256').update(scriptKey(script)).digest('hex').slice(0, 10)}.classic.js`;
}

interface Made {
  html: string;
  scripts: ModuleScript[];
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
  const version = await codeVersion();
  const entries = [...pages].map(([file, bytes]) => ({ file, bytes, key: contentKey(version, file, base, editionLabel, bytes) }));
  const cached = await Promise.all(entries.map((e) => cache.get(e.key)));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const out = new Map<string, Uint8Array>();
  const scripts = new Map<string, ModuleScript>();
  const writes: Array<Promise<void>> = [];
  let made = 0;
  entries.forEach(({ file, bytes, key }, i) => {
    let page: Made | undefined = cached[i] && (JSON.parse(decoder.decode(cached[i])) as Made);
    if (!page) {
      const named: ModuleScript[] = [];
      const html = editionPage(decoder.decode(bytes), { file, base, editionLabel, classicScript: (s) => (named.push(s), bundleName(s, base)) });
      page = { html, scripts: named };
      writes.push(cache.set(key, encoder.encode(JSON.stringify(page))));
      made++;
    }
    for (const script of page.scripts) if (!scripts.has(bundleName(script, base))) scripts.set(bundleName(script, base), script);
    out.set(file, encoder.encode(page.html));
  });
  await Promise.all(writes);
  return { pages: out, scripts, made };
}
