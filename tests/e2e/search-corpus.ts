import type { Page } from '@playwright/test';

/**
 * What the search tests need to know about the built corpus, read from the built site itself (the
 * sources list, each archive page, the search vocabulary), so that no test names a page, source or
 * word of a particular corpus.
 */
export interface ArchivedPassage {
  /** Site path of the source page, with the base: `/sub/sources/x/`. */
  path: string;
  id: string;
  text: string;
}
export interface BuiltCorpus {
  lang: string;
  /** The search vocabulary, most frequent word first. */
  words: string[];
  passages: ArchivedPassage[];
  /** Source pages whose metadata says they repost another one in the archive. */
  reposts: Array<{ repost: string; original: string }>;
}

/** Distinct lowercase words of five letters or more, rarest in the corpus first. */
export function rarestWords(text: string, words: readonly string[]): string[] {
  const rank = new Map(words.map((w, i) => [w, i]));
  const found = [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])].filter((w) => rank.has(w));
  return found.sort((a, b) => rank.get(b)! - rank.get(a)!);
}

/** Reads the corpus through the browser (so the deployment base and the real HTML apply). */
export async function builtCorpus(page: Page): Promise<BuiltCorpus> {
  await page.goto('./sources/');
  return page.evaluate(async () => {
    const base = new URL('..', location.href).pathname;
    const parse = async (path: string) => new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
    const sourcePaths = [
      ...new Set(
        [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
          .map((a) => new URL(a.href).pathname)
          .filter((p) => p.startsWith(`${base}sources/`) && /^[^/]+\/$/.test(p.slice(`${base}sources/`.length))),
      ),
    ];
    const passages: Array<{ path: string; id: string; text: string }> = [];
    const reposts: Array<{ repost: string; original: string }> = [];
    for (const path of sourcePaths) {
      const doc = await parse(path);
      for (const para of doc.querySelectorAll('.para[id]')) passages.push({ path, id: para.id, text: para.querySelector(':scope > p')?.textContent ?? '' });
      for (const li of doc.querySelectorAll('dl.meta li')) {
        const link = li.querySelector('a');
        if (link && /^reposts\b/.test(li.textContent?.trim() ?? ''))
          reposts.push({ repost: path, original: new URL(link.getAttribute('href')!, location.href).pathname });
      }
    }
    const words = (await (await fetch(`${base}pagefind/sourcebook-words.txt`)).text()).split('\n');
    return { lang: document.documentElement.lang, words, passages, reposts };
  });
}

/** One chunk of Pagefind's word index: the words from `from` to `to` (stemmed, in order) and its file's bytes. */
export interface IndexChunk {
  from: string;
  to: string;
  file: string;
  bytes: number;
}

/**
 * The chunks of the built word index, read from Pagefind's meta file (gzip of "pagefind_dcd" and
 * CBOR: [version, pages, chunks [[from, to, hash]], filters, …]), so a test can pick words whose
 * index lies in chunks of its choosing.
 */
export async function indexChunks(page: Page): Promise<IndexChunk[]> {
  const { meta, base } = await page.evaluate(async () => {
    const base = new URL('..', location.href).pathname;
    const entry = await (await fetch(`${base}pagefind/pagefind-entry.json`)).json();
    const hash = (Object.values(entry.languages) as Array<{ hash: string }>)[0]!.hash;
    const gz = (await fetch(`${base}pagefind/pagefind.${hash}.pf_meta`)).body!.pipeThrough(new DecompressionStream('gzip'));
    const meta = [...new Uint8Array(await new Response(gz).arrayBuffer())];
    return { meta, base };
  });
  const bytes = Uint8Array.from(meta);
  let at = 'pagefind_dcd'.length;
  const text = new TextDecoder();
  const length = (info: number) => {
    if (info < 24) return info;
    let n = 0;
    for (let i = 0; i < 1 << (info - 24); i++) n = n * 256 + bytes[at++]!;
    return n;
  };
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const n = length(head & 31);
    if (major === 0) return n;
    if (major === 2 || major === 3) return major === 3 ? text.decode(bytes.subarray(at, (at += n))) : bytes.subarray(at, (at += n));
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 7) return [false, true, null][n - 20];
    throw new Error(`Pagefind meta: CBOR major type ${major} at byte ${at} is not expected`);
  };
  const chunks = (item() as unknown[])[2] as Array<[string, string, string]>;
  return Promise.all(
    chunks.map(async ([from, to, hash]) => {
      const file = `${base}pagefind/index/${hash}.pf_index`;
      const size = await page.evaluate(async (f) => (await (await fetch(f)).arrayBuffer()).byteLength, file);
      return { from, to, file, bytes: size };
    }),
  );
}

/** The chunk whose range holds `word`, checked for a shorter beginning too, so a stem that differs from the word cannot fall elsewhere. */
export function chunkOf(word: string, chunks: readonly IndexChunk[]): IndexChunk | undefined {
  const find = (w: string) => chunks.find((c) => c.from <= w && w <= c.to);
  const chunk = find(word);
  return chunk && find(word.slice(0, Math.max(3, word.length - 3))) === chunk ? chunk : undefined;
}
