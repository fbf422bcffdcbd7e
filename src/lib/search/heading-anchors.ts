/** A start tag: its name, its attributes (quoted values may hold `>`), and a self-closing slash. */
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const HEADING = /^h[1-6]$/i;

/**
 * The page as the search index should read it: `id`s on headings only. Pagefind makes every
 * element with an id an anchor and stores that element's whole text with it in the page's
 * fragment, the one download per search result; only heading anchors become the sections a hit
 * links to, so the ids of paragraphs, list items, rows and footnote marks would only make each
 * explainer's fragment a fifth larger. The published page keeps all its ids.
 */
export function headingIdsOnly(html: string): string {
  return html.replace(START_TAG, (tag, name: string, attributes: string, end: string) => {
    if (HEADING.test(name) || !/\sid\b/i.test(attributes)) return tag;
    const kept = attributes.replace(ATTRIBUTE, (attribute, key: string) => (key.toLowerCase() === 'id' ? '' : attribute));
    return `<${name}${kept}${end}>`;
  });
}
