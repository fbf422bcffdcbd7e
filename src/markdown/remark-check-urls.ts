import { relative, resolve } from 'node:path';
import type { Definition, Image, ImageReference, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { recordInternalLink } from '../lib/internal-links';
import { pageRoute } from '../lib/page-routes';
import { classifyUrl } from '../lib/url-policy';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';

export interface RemarkCheckUrlsOptions {
  /** Folder of the pages, to know each page's own address (default: `content/pages` under `process.cwd()`). */
  pagesDir?: string;
}

/**
 * Remark plugin: every URL an author writes is safe and stays checkable. Links and images with a
 * scheme other than http(s), mailto and tel (`javascript:`, `vbscript:`, `data:`…), also as
 * autolinks and reference definitions, and images from another site (they would tell that site
 * who reads what) stop the build at `file:line:col`. Internal links are recorded and checked
 * against the built pages by the check-internal-links integration. Run it before remark-citations,
 * so only the author's own links are seen.
 */
export function remarkCheckUrls(options: RemarkCheckUrlsOptions = {}) {
  const pagesDir = resolve(options.pagesDir ?? 'content/pages');
  return (tree: Root, file: VFile) => {
    const locate = locator(file);
    const fromRoute = file.path && !relative(pagesDir, file.path).startsWith('..') ? pageRoute(relative(pagesDir, file.path)) : undefined;
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
    const errors: SourcebookError[] = [];
    const fail = (node: Link | Image | Definition | ImageReference, reason: string, hint: string) => {
      errors.push(new SourcebookError(locate(node.position?.start.offset, node), reason, hint));
    };
    const imageDefinitions = new Set<Definition>();
    visit(tree, 'imageReference', (node) => {
      const definition = definitions.get(node.identifier);
      if (definition) imageDefinitions.add(definition);
    });
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const url = node.url;
      const what = classifyUrl(url);
      const image = node.type === 'image' || imageDefinitions.has(node as Definition);
      if (what.kind === 'unsafe') {
        fail(
          node,
          `${image ? 'An image' : 'A link'} with the unsafe scheme \`${what.scheme}:\` (${shorten(url)}).`,
          'Links may use http:, https:, mailto: or tel:, or point inside the site (a relative path or #anchor). Script and data URLs never ship.',
        );
      } else if (image && what.kind !== 'internal') {
        fail(
          node,
          `An image from another site (${shorten(url)}).`,
          'Copy the image into public/ and link it from there: an off-site image tells its host who reads the page, and may change.',
        );
      } else if (what.kind === 'internal' && fromRoute !== undefined && node.type !== 'definition') {
        const at = locate(node.position?.start.offset, node);
        recordInternalLink({ at, fromRoute, href: url });
      }
    });
    // Links through a reference definition are checked once, where the definition is written.
    if (fromRoute !== undefined) {
      for (const definition of definitions.values()) {
        if (classifyUrl(definition.url).kind === 'internal' && !imageDefinitions.has(definition))
          recordInternalLink({ at: locate(definition.position?.start.offset, definition), fromRoute, href: definition.url });
      }
    }
    reportErrors(file, errors);
  };
}

const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);
