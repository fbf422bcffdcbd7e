import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { remarkCitations, type CitationRecord } from '../../src/markdown/remark-citations';

// One folder per case in tests/fixtures/citations: `input.md` or `input.mdx`, and either
// `expected.html` (the rendered HTML) or `expected-error` (the start of the error message:
// file:line:col and reason). Adding a case is adding a folder. With UPDATE_FIXTURES=1 a missing
// expected.html is written from the current output (review it before committing).
const root = resolve('tests/fixtures/citations');
const sourcesDir = resolve('tests/fixtures/citation-sources');
const cases = readdirSync(root).sort();
const options = { sourcesDir, base: '/sub/' };

const markdown = await createMarkdownProcessor({ remarkPlugins: [[remarkCitations, options]], syntaxHighlight: false });

async function renderMarkdown(file: string): Promise<{ html: string; citations: CitationRecord[] }> {
  // As Astro's glob loader does: frontmatter blanked out, then the body trimmed.
  const body = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' }).content.trim();
  const result = await markdown.render(body, { fileURL: pathToFileURL(file), frontmatter: {} });
  return { html: result.code, citations: result.metadata.frontmatter['citations'] };
}

/** The MDX pipeline Astro uses (gfm, smartypants, our plugin, remark-rehype), stopped at hast. */
async function renderMdx(file: string): Promise<{ html: string; citations: CitationRecord[] }> {
  let tree: HastRoot | undefined;
  const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8'), data: { astro: { frontmatter: {} } } });
  await compile(vfile, {
    remarkPlugins: [remarkGfm, remarkSmartypants, [remarkCitations, options]],
    rehypePlugins: [() => (t: HastRoot) => void (tree = structuredClone(t))],
  });
  return {
    html: toHtml(unwrapMdx(tree!) as HastRoot),
    citations: (vfile.data.astro as { frontmatter: { citations: CitationRecord[] } }).frontmatter.citations,
  };
}

/** JSX elements become their children and expressions disappear, so hast-util-to-html can print the rest. */
function unwrapMdx(node: HastNodes): HastNodes | HastNodes[] {
  if (node.type.startsWith('mdxjs') || node.type.endsWith('Expression')) return [];
  if (!('children' in node)) return node;
  const children = (node.children as HastNodes[]).flatMap((child) => unwrapMdx(child));
  return node.type.startsWith('mdxJsx') ? children : ({ ...node, children } as HastNodes);
}

async function run(dir: string) {
  const input = ['input.md', 'input.mdx'].map((name) => join(dir, name)).find((file) => existsSync(file))!;
  return input.endsWith('.mdx') ? renderMdx(input) : renderMarkdown(input);
}

describe('remark-citations on fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const errorFile = join(dir, 'expected-error');
    if (existsSync(errorFile)) {
      // Astro's processor logs the error before rethrowing it; the assertions below read it instead.
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      await expect(run(dir)).rejects.toThrow(readFileSync(errorFile, 'utf8').trim());
      await expect(run(dir)).rejects.toMatchObject({ name: 'SourcebookError', hint: expect.stringMatching(/\S/) });
      log.mockRestore();
      return;
    }
    const { html, citations } = await run(dir);
    const expectedFile = join(dir, 'expected.html');
    if (!existsSync(expectedFile) && process.env['UPDATE_FIXTURES']) writeFileSync(expectedFile, html);
    expect(html).toBe(readFileSync(expectedFile, 'utf8'));

    // The numbers and ids the plugin records are the ones remark-rehype actually rendered.
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(html).toMatch(new RegExp(`href="#${c.noteId}" id="${c.refId}" data-footnote-ref(="")? aria-describedby="footnote-label">${c.note}</a>`));
      expect(html).toContain(`<a href="/sub/sources/${c.sourceId}/#${c.paragraphId}">`);
    }
  });
});
