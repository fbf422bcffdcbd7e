import { excerpt, fetchPage, sameOriginPage } from './fetch-page';
import { noteBody, noteOf, paragraphLinks, quoteAfter, sourceNameBefore } from './note-content';
import { h, renderExcerpt, renderFailure } from './render';
import { openBox, replace } from './preview-box';

/**
 * A note in a popover: its source, ¶ links and quoted words, a link to the note list, and after
 * each ¶ link a button that loads the whole archived paragraph into the popover (one request to
 * the archive page, only when asked; the page itself carries nothing extra).
 */
export function openNote(ref: HTMLAnchorElement, focus: boolean) {
  const note = noteOf(ref);
  if (!note) return false;
  const number = ref.textContent?.trim() ?? '';
  const body = h('div', { class: 'preview-note' }, noteBody(note));
  paragraphLinks(body).forEach((link, i) => addParagraphButton(link, `preview-para-${i}`));
  const content = h(
    'div',
    {},
    h('p', { class: 'preview-title' }, `Note ${number}`),
    body,
    h('p', { class: 'preview-open' }, h('a', { href: ref.hash }, `Note ${number} in the list of notes`)),
  );
  openBox(ref, content, { focus, label: `Note ${number}` });
  return true;
}

function addParagraphButton(link: HTMLAnchorElement, id: string) {
  const source = sourceNameBefore(link);
  const quote = quoteAfter(link);
  const label = link.textContent?.trim() ?? '';
  const button = h(
    'button',
    {
      type: 'button',
      class: 'preview-more',
      'aria-expanded': 'false',
      'aria-controls': id,
      'aria-label': `Show the whole of ${label}${source ? ` of ${source}` : ''} here`,
    },
    'whole ¶',
  );
  const slot = h('div', { id, class: 'preview-paragraph', hidden: '' });
  link.after(' ', button);
  // The paragraph opens below the note's text, so the note stays readable above it.
  link.closest('.preview-note')?.append(slot);
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    slot.hidden = open;
    if (open || slot.childElementCount) return replace();
    slot.append(h('p', { class: 'muted' }, 'Loading…'));
    replace();
    const target = sameOriginPage(link.href);
    const openLabel = `Open ${label} in the archive`;
    try {
      if (!target) throw new Error('not on this site');
      const found = excerpt(await fetchPage(target), target);
      if (!found) throw new Error(`${target.hash} not found`);
      slot.replaceChildren(renderExcerpt(found, link.href, { quote, open: openLabel }));
    } catch {
      slot.replaceChildren(renderFailure(link.href, openLabel));
    }
    replace();
  });
}
