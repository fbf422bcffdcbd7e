import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Literal } from 'unist';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { eachNode, removeNodes } from './each-node';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';
import { rawHtmlProblem } from './raw-html-policy';

const HINT =
  'Write it in Markdown instead (links, emphasis, lists, tables, footnotes), or use an MDX component in a .mdx page. Raw HTML is limited to bare inert tags such as <abbr>, <sub>, <sup>, <kbd>, <br>, and comments (which are removed from the site).';

/**
 * Rehype plugin: raw HTML written in a Markdown page never reaches the site unchecked. Each raw
 * fragment is parsed as a browser would parse it and must hold only bare tags from a small inert
 * allow-list (see raw-html-policy.ts); anything else stops the build with `file:line:col`. Then
 * the raw HTML is parsed into the tree itself (hast-util-raw, the parser behind rehype-raw), so
 * what ships is serialised from the tree that was checked, and HTML comments — draft notes,
 * citations the build never verified — are removed. Register it first in `rehypePlugins`.
 * MDX has no raw HTML (its tags are JSX components, i.e. reviewed code), so this affects `.md`.
 */
export default function rehypeRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    const locate = locator(file);
    const source = String(file.value ?? '');
    const errors: SourcebookError[] = [];
    let found = false;
    // `raw` nodes (HTML as written) are not part of hast's own types; remark-rehype adds them.
    eachNode(tree, 'raw', (node) => {
      found = true;
      const { value, position } = node as unknown as Literal & { value: string };
      const problem = rawHtmlProblem(value);
      if (!problem) return;
      const start = position?.start.offset;
      // The offset inside the fragment holds only if the fragment is written as is (not indented in a list).
      const verbatim = start !== undefined && source.slice(start, start + value.length) === value;
      const snippet = value.trim().length > 60 ? `${value.trim().slice(0, 57)}…` : value.trim();
      errors.push(
        new SourcebookError(
          locate(start === undefined ? undefined : start + (verbatim ? problem.offset : 0), node),
          `Raw HTML is not allowed here: ${problem.reason} (${snippet}).`,
          HINT,
        ),
      );
    });
    reportErrors(file, errors);
    // Kept with the page's other errors, the refused HTML goes: the page is not built, and the
    // dev server shows the errors instead of it.
    if (errors.length > 0) removeNodes(tree, 'raw');
    // hast-util-raw returns a new tree; returning it from the transformer puts it in place.
    const parsed = found ? (raw(tree, { file }) as Root) : tree;
    removeNodes(parsed, 'comment');
    return parsed;
  };
}
