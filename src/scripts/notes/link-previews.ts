import { excerpt, fetchPage, sameOriginPage } from './fetch-page';
import { quoteAfter } from './note-content';
import { renderExcerpt, renderFailure } from './render';
import { openBox } from './preview-box';

/**
 * Wikipedia-style previews of links to an archived paragraph, a glossary entry, another section
 * or another page of this site, opened on hover or keyboard focus. The target page is fetched
 * only then (and once); links elsewhere, and links in the header, footer or a preview, get none.
 */
export function previewable(link: HTMLAnchorElement): URL | undefined {
  if (!link.closest('main') || link.closest('.preview, .toc, .prev-next, .search-results, .cite-this')) return undefined;
  // Links that copy or number a passage (the "#" and "¶" beside it) are controls, not references.
  if (link.matches('[data-footnote-ref], [data-footnote-backref], .heading-link, .passage-link, .pnum')) return undefined;
  const target = sameOriginPage(link.href);
  if (!target || !target.pathname.endsWith('/')) return undefined;
  const samePage = target.pathname === location.pathname;
  return samePage && !target.hash ? undefined : target;
}

export async function openLinkPreview(link: HTMLAnchorElement, target: URL) {
  const found = await fetchPage(target).then(
    (doc) => excerpt(doc, target),
    () => null,
  );
  const open = target.pathname === location.pathname ? 'Go there' : 'Open';
  const content = found === null ? renderFailure(link.href, open) : found ? renderExcerpt(found, link.href, { quote: quoteAfter(link), open }) : undefined;
  if (!content) return;
  openBox(link, content, { focus: false, label: `Preview: ${found?.title ?? link.textContent?.trim() ?? ''}` });
}
