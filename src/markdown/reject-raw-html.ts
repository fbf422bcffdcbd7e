import type { Root } from 'hast';
import type { Literal } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SourcebookError } from '../lib/errors';
import { recordMarkdownError } from '../lib/markdown-errors';
import { locator } from './file-locator';
import { rawHtmlProblem } from './raw-html-policy';

/**
 * Rehype plugin: raw HTML written in a Markdown page never reaches the site unchecked. Each raw
 * HTML fragment must be a bare tag from a small inert allow-list (see raw-html-policy.ts);
 * anything else (scripts, event handlers, attributes, iframes, styles) stops the build with
 * `file:line:col`. Register it first in `rehypePlugins`, so it sees only what the author wrote.
 * MDX has no raw HTML (its tags are JSX components, i.e. reviewed code), so this affects `.md`.
 */
export default function rehypeRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    const locate = locator(file);
    // `raw` nodes (HTML as written) are not part of hast's own types; remark-rehype adds them.
    visit(tree, 'raw', (found) => {
      const node = found as unknown as Literal & { value: string };
      const problem = rawHtmlProblem(node.value);
      if (!problem) return;
      throw recordMarkdownError(
        new SourcebookError(
          locate(node.position?.start.offset, node),
          `Raw HTML is not allowed here: ${problem}.`,
          'Write it in Markdown instead (links, emphasis, lists, tables, footnotes), or use an MDX component in a .mdx page. Raw HTML is limited to bare inert tags such as <abbr>, <sub>, <sup>, <kbd>, <br>.',
        ),
      );
    });
  };
}
