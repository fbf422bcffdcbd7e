import { formatAccessed, permalink } from '../../lib/cite-this';
import { listen } from '../reader/first-use';

/**
 * Copy-link and Cite, on every page with a Cite block (src/components/CiteThis.astro): "¶"
 * links are added beside paragraphs, list items and rows; the "#" and "¶" links copy their full address, "Cite" buttons beside headings and archived
 * paragraphs open the page's citations for that passage in a dialog, and every citation gets
 * the reader's access date and absolute address. Announcements go to one live region. Loaded on
 * a reader's first use of the page (src/scripts/reader/first-use.ts), not with the first view.
 */
const LINKS = 'a.heading-link, a.passage-link, a.pnum, .comment > header > a[href^="#"], .dateline a[href^="#"]';

/** Starts Cite and copy-link, then hands them the clicks that came before (`pending`). */
export function startCite(pending: readonly Event[]) {
  const block = document.querySelector<HTMLElement>('[data-cite-block]');
  if (!block) return;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const address = (fragment?: string) => permalink(canonical, location, fragment);
  const status = document.createElement('p');
  status.className = 'cite-toast';
  status.setAttribute('role', 'status');
  document.body.append(status);
  let clear: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: string) => {
    status.textContent = message;
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 2500);
  };
  const copy = (text: string, done: string) =>
    navigator.clipboard.writeText(text).then(
      () => announce(done),
      () => announce('Could not copy: select and copy it yourself'),
    );

  fill(block, address());
  for (const button of block.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) button.hidden = false;
  addPassageLinks();
  addCiteButtons();
  let dialog: HTMLDialogElement | undefined;

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>(LINKS);
    if (link) {
      void copy(address(decodeURIComponent(link.hash.slice(1))), 'Link copied');
      return;
    }
    const copyButton = target.closest<HTMLElement>('[data-cite-copy]');
    if (copyButton) {
      const format = copyButton.closest<HTMLElement>('.cite-format')!;
      void copy(format.querySelector<HTMLElement>('.cite-text')!.innerText.trim(), `${format.querySelector('h3')!.textContent} copied`);
      return;
    }
    const cite = target.closest<HTMLElement>('[data-cite-target]');
    if (cite) {
      dialog ??= makeDialog(block);
      openDialog(dialog, block, cite, address(cite.dataset.citeTarget));
    }
  };
  listen({ click: onClick }, pending);
}

/** Puts the address and today's date into the slots the build left in each citation. */
function fill(root: HTMLElement, href: string) {
  for (const slot of root.querySelectorAll('[data-cite-url]')) slot.textContent = href;
  const today = new Date();
  for (const slot of root.querySelectorAll<HTMLElement>('[data-accessed]')) slot.textContent = formatAccessed(today, slot.dataset.accessed!);
}

/** A "¶" link after each paragraph, list item and table row of the page's text that has an id (src/markdown/rehype-passage-ids.ts). */
function addPassageLinks() {
  for (const passage of document.querySelectorAll<HTMLElement>('main article :is(p, li, tr)[id]')) {
    if (passage.closest('.footnotes')) continue;
    const kind = passage.tagName === 'LI' ? 'item' : passage.tagName === 'TR' ? 'row' : 'paragraph';
    const link = document.createElement('a');
    link.className = 'passage-link';
    link.href = `#${passage.id}`;
    link.setAttribute('aria-label', `Link to this ${kind}`);
    link.textContent = '¶';
    // In a list item, after its first line (before any nested list); in a row, in its first cell.
    const into = kind === 'row' ? passage.querySelector('td, th') : kind === 'item' ? (passage.querySelector(':scope > p') ?? passage) : passage;
    const nested = into?.querySelector(':scope > ul, :scope > ol');
    into?.insertBefore(document.createTextNode(' '), nested ?? null);
    into?.insertBefore(link, nested ?? null);
  }
}

function addCiteButtons() {
  const main = document.querySelector('main');
  if (!main) return;
  const button = (id: string, label: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'cite-button';
    b.dataset.citeTarget = id;
    b.setAttribute('aria-label', label);
    b.textContent = 'Cite';
    return b;
  };
  for (const link of main.querySelectorAll<HTMLAnchorElement>('.heading-wrapper > a.heading-link')) {
    const heading = link.parentElement!.firstElementChild as HTMLElement;
    if (heading.id) link.after(button(heading.id, `Cite this section: ${heading.textContent ?? ''}`));
  }
  for (const number of main.querySelectorAll<HTMLAnchorElement>('.para > a.pnum')) {
    const para = number.parentElement!;
    number.after(button(para.id, `Cite paragraph ${number.textContent?.replace(/\D/g, '') ?? ''}`));
  }
}

/** The block's dialog (CiteThis.astro), filled once with a copy of its formats. */
function makeDialog(block: HTMLElement): HTMLDialogElement {
  const dialog = block.querySelector('dialog')!;
  const formats = block.querySelector('.cite-formats')!.cloneNode(true) as HTMLElement;
  // The copy keeps the block's structure; its ids get a prefix so none is on the page twice.
  for (const el of formats.querySelectorAll('[id]')) el.id = `dialog-${el.id}`;
  for (const el of formats.querySelectorAll('[aria-labelledby]')) el.setAttribute('aria-labelledby', `dialog-${el.getAttribute('aria-labelledby')}`);
  dialog.append(formats);
  dialog.querySelector('button')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  return dialog;
}

function openDialog(dialog: HTMLDialogElement, block: HTMLElement, from: HTMLElement, href: string) {
  const target = document.getElementById(from.dataset.citeTarget!);
  const paragraph = target?.classList.contains('para');
  dialog.querySelector('h2')!.textContent = paragraph ? 'Cite this paragraph' : 'Cite this section';
  const what = paragraph ? (target!.querySelector('.pnum')?.textContent ?? '') : (target?.textContent ?? '');
  dialog.querySelector('.cite-dialog-about')!.textContent = `${what} in “${block.dataset.citeTitle}”, linked directly: ${href}`;
  fill(dialog, href);
  dialog.showModal();
}
