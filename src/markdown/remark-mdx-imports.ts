import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';

interface EsmNode extends Node {
  type: 'mdxjsEsm';
  data?: {
    estree?: {
      body: Array<{
        type: string;
        source?: { value: unknown };
        specifiers?: Array<{ local: { name: string } }>;
        declaration?: { declarations?: Array<{ id: { name?: string } }>; id?: { name?: string } };
      }>;
    };
  };
}

interface JsxNode extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
}

const RESOLVED_EXTENSIONS = ['', '.astro', '.ts', '.tsx', '.js', '.mjs', '.jsx', '.mdx', '.md'];

/**
 * Remark plugin for MDX pages: what MDX and Vite would report late and misplaced is reported here
 * at the page's own line. An import of a relative file that does not exist (Vite names the wrong
 * line), and a component used but never imported or defined (otherwise a runtime error with a
 * stack into the build's temporary folder).
 */
export function remarkMdxImports() {
  return (tree: Root, file: VFile) => {
    if (!file.path?.endsWith('.mdx')) return;
    const locate = locator(file);
    const errors: SourcebookError[] = [];
    const known = new Set<string>();
    visit(tree, (node) => {
      if (node.type !== 'mdxjsEsm') return;
      for (const statement of (node as EsmNode).data?.estree?.body ?? []) {
        if (statement.type === 'ImportDeclaration') {
          for (const s of statement.specifiers ?? []) known.add(s.local.name);
          const from = String(statement.source?.value ?? '');
          if (from.startsWith('.') && !RESOLVED_EXTENSIONS.some((ext) => existsSync(resolve(dirname(file.path), from + ext)))) {
            errors.push(
              new SourcebookError(
                locate(node.position?.start.offset, node),
                `The import "${from}" names a file that does not exist.`,
                'Check the path: it is relative to this page (components live in src/components/, e.g. "../../src/components/Note.astro").',
              ),
            );
          }
        }
        const declaration = statement.declaration;
        if (declaration?.id?.name) known.add(declaration.id.name);
        for (const d of declaration?.declarations ?? []) if (d.id.name) known.add(d.id.name);
      }
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = (node as JsxNode).name;
      const root = name?.split('.')[0] ?? '';
      if (!/^[A-Z]/.test(root) || known.has(root)) return;
      errors.push(
        new SourcebookError(
          locate(node.position?.start.offset, node),
          `The component <${name}> is used but never imported.`,
          `Add an import at the top of the page, e.g. import ${root} from '../../src/components/${root}.astro'; or write the content in Markdown.`,
        ),
      );
    });
    reportErrors(file, errors);
  };
}
