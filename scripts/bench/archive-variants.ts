import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { readArchive } from '../../src/lib/read-archive';
import { archiveRecords } from '../../src/integrations/archive-records';

/**
 * The two other ways the archive could be indexed, built from the same dist/ HTML, to compare with
 * the production index (one custom record per paragraph):
 * - `page`: the archive page indexed as it is; Pagefind splits it only at its two h2s.
 * - `headings`: the archive page with a heading carrying each paragraph's id (`<h6 id="p7">¶7</h6>`),
 *   which is what Pagefind's sub-results need to point at a paragraph.
 */
export type Variant = 'records' | 'page' | 'headings';

function unignoreArchive(html: string): string {
  return html.replaceAll(' data-pagefind-ignore="all">', '>').replace(/<header class="site-header"/, '<header class="site-header" data-pagefind-ignore="all"');
}

function headingPerParagraph(html: string): string {
  return unignoreArchive(html)
    .replace(/<div class="para" id="p(\d+)"([^>]*)>/g, '<div class="para"$2><h6 id="p$1">¶$1</h6>')
    .replace(/<article class="comment" id="c(\d+)"([^>]*)>/g, '<article class="comment"$2><h6 id="c$1">Reader comment $1</h6>');
}

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length) throw new Error(response.errors.join('\n'));
  return response;
}

/** Writes `<outRoot>/<variant>/pagefind/` for the given variant. */
export async function buildVariant(variant: Exclude<Variant, 'records'>, distDir: string, outRoot: string, language = 'en') {
  const out = join(outRoot, variant, 'pagefind');
  await rm(join(outRoot, variant), { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  try {
    const { index } = check(await pagefind.createIndex({ forceLanguage: language }));
    const files = (await readdir(distDir, { recursive: true })).filter((f) => f.endsWith('.html'));
    for (const file of files) {
      let content = await readFile(join(distDir, file), 'utf8');
      if (/^sources[/\\][^/\\]+[/\\]index\.html$/.test(file)) content = variant === 'page' ? unignoreArchive(content) : headingPerParagraph(content);
      check(await index!.addHTMLFile({ sourcePath: file.split(sep).join('/'), content }));
    }
    check(await index!.writeFiles({ outputPath: out }));
  } finally {
    await pagefind.close();
  }
}

/** How many records the production variant adds (for the report). */
export const recordCount = (language = 'en') => archiveRecords(readArchive('content/sources'), language).length;
