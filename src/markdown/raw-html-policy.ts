/** Bare tags an author may write as raw HTML in Markdown: inline, inert, attribute-free. */
export const ALLOWED_RAW_TAGS = ['abbr', 'b', 'br', 'cite', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'strong', 'sub', 'sup', 'u', 'wbr'];

/**
 * Why a raw HTML fragment (one `raw` node as remark hands it over) is not allowed, or null if it
 * is: an HTML comment, or one bare opening/closing tag from the allow-list. Attributes are never
 * allowed: they are where `onerror=`, `style=` and `javascript:` live.
 */
export function rawHtmlProblem(html: string): string | null {
  const text = html.trim();
  if (/^<!--[\s\S]*?-->$/.test(text) && !text.slice(4, -3).includes('--')) return null;
  const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)\s*\/?>$/.exec(text);
  if (tag && ALLOWED_RAW_TAGS.includes(tag[1]!.toLowerCase())) return null;
  const first = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(text)?.[1]?.toLowerCase();
  const snippet = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  if (first && ALLOWED_RAW_TAGS.includes(first)) return `<${first}> with attributes (${snippet})`;
  return first ? `<${first}> (${snippet})` : `"${snippet}"`;
}
