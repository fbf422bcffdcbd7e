import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Bare tags an author may write as raw HTML in Markdown: inline, inert, attribute-free. */
export const ALLOWED_RAW_TAGS = ['abbr', 'b', 'br', 'cite', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'strong', 'sub', 'sup', 'u', 'wbr'];

/**
 * The allow-list as a hast-util-sanitize schema: those tags, no attributes at all (attributes are
 * where `onerror=`, `style=` and `javascript:` live), comments kept so they can be stripped later.
 */
export const rawHtmlSchema: Schema = {
  ...defaultSchema,
  tagNames: ALLOWED_RAW_TAGS,
  attributes: {},
  required: {},
  ancestors: {},
  protocols: {},
  clobber: [],
  allowComments: true,
  allowDoctypes: false,
};

/** Why one raw fragment is refused, and where in it (offset into the fragment). */
export interface RawHtmlProblem {
  reason: string;
  offset: number;
}

const PARSE_ERRORS: Record<string, string> = {
  'abrupt-closing-of-empty-comment': 'an HTML comment closed at once by `<!-->` or `<!--->`, so what follows it is live HTML, not part of the comment',
  'eof-in-comment': 'an HTML comment that is never closed with `-->`',
  'nested-comment': 'an HTML comment with `<!--` inside it',
  'incorrectly-closed-comment': 'an HTML comment closed with `--!>`',
};

/**
 * Decides on the tree a browser would build, never on the text: the fragment is parsed with the
 * HTML5 algorithm (parse5, via hast-util-from-html); any parse error is refused, because where
 * the author's reading and the browser's differ is exactly where filters are bypassed. The parsed
 * fragment must then come through hast-util-sanitize with `rawHtmlSchema` unchanged.
 */
export function rawHtmlProblem(html: string): RawHtmlProblem | null {
  const parseErrors: Array<RawHtmlProblem & { known: boolean }> = [];
  const tree = fromHtml(html, {
    fragment: true,
    onerror: (error) => {
      parseErrors.push({
        known: (error.ruleId ?? '') in PARSE_ERRORS,
        reason: PARSE_ERRORS[error.ruleId ?? ''] ?? `markup a browser would read differently than it looks (HTML parse error \`${error.ruleId}\`)`,
        offset: (error.place && 'start' in error.place ? error.place.start.offset : error.place?.offset) ?? 0,
      });
    },
  });
  const parseError = parseErrors[0];
  const unchanged = toHtml(sanitize(tree, rawHtmlSchema) as Root) === toHtml(tree);
  if (parseError && parseError.known) return { reason: parseError.reason, offset: parseError.offset };
  if (!unchanged) return describeRefusal(tree) ?? { reason: 'markup outside the allow-list', offset: 0 };
  return parseError ? { reason: parseError.reason, offset: parseError.offset } : null;
}

/** The first node the sanitizer would have changed, named for the author. */
function describeRefusal(node: Nodes): RawHtmlProblem | null {
  if (node.type === 'element') {
    const problem = elementProblem(node);
    if (problem) return { reason: problem, offset: node.position?.start.offset ?? 0 };
  }
  if ('children' in node) {
    for (const child of node.children) {
      const found = describeRefusal(child);
      if (found) return found;
    }
  }
  return null;
}

function elementProblem(element: Element): string | null {
  const attributes = Object.keys(element.properties ?? {});
  if (!ALLOWED_RAW_TAGS.includes(element.tagName)) return `<${element.tagName}>`;
  if (attributes.length) return `<${element.tagName}> with attributes`;
  return null;
}
