import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SourcebookError } from '../lib/errors';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';

const CITATION = /\[@/;

interface MdxAttribute extends Node {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { value: string } | null;
}

/**
 * Remark plugin: citations are verified only in the text of a page. Citation-like text elsewhere
 * — image alt text and titles, link titles, MDX `{expressions}` and component attributes — would
 * reach readers unverified, so it stops the build at `file:line:col`.
 */
export function remarkUnverifiedCitations() {
  return (tree: Root, file: VFile) => {
    const locate = locator(file);
    const errors: SourcebookError[] = [];
    const fail = (node: Node, where: string) => {
      errors.push(
        new SourcebookError(
          locate(node.position?.start.offset, node),
          `A citation in ${where} is never verified.`,
          'Put citations in the text of a sentence, where they become checked footnotes; for a literal "[@" write "\\[@" in the text.',
        ),
      );
    };
    visit(tree, (node) => {
      const any = node as Node & { alt?: string | null; title?: string | null; value?: string; attributes?: MdxAttribute[] };
      if ((node.type === 'image' || node.type === 'imageReference') && CITATION.test(any.alt ?? '')) fail(node, 'image alt text');
      if ((node.type === 'image' || node.type === 'link' || node.type === 'definition') && CITATION.test(any.title ?? '')) fail(node, 'a link or image title');
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && CITATION.test(any.value ?? '')) fail(node, 'an MDX {expression}');
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of any.attributes ?? []) {
          const value =
            typeof attribute.value === 'string'
              ? attribute.value
              : (attribute.value?.value ?? (attribute.type === 'mdxJsxExpressionAttribute' ? String((attribute as { value?: unknown }).value ?? '') : ''));
          if (CITATION.test(value))
            fail(attribute.position ? attribute : node, `the attribute${attribute.name ? ` \`${attribute.name}\`` : ''} of an MDX component`);
        }
      }
    });
    reportErrors(file, errors);
  };
}
