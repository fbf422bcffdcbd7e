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
