/**
 * Printed notes and links carry absolute addresses (print CSS in global.css appends them). The
 * build writes the site's address when SITE_URL is set; otherwise the address this page was
 * opened at stands in, so a class handout still leads back to every source paragraph.
 */
export function startPrintAddresses() {
  const root = document.documentElement;
  const configured = root.dataset['siteOrigin'];
  const here = /^https?:$/.test(location.protocol) ? location.origin : undefined;
  const origin = configured || here;
  if (!origin) return;
  if (!configured) root.style.setProperty('--print-origin', JSON.stringify(origin));
  const base = new URL(location.pathname + location.search, origin);
  const page = document.querySelector<HTMLElement>('[data-print-page]');
  if (page && !page.textContent) {
    page.textContent = base.href;
    document.querySelector('.print-fallback')?.remove();
  }
  // Links written relative to the page (../glossary/#x) cannot be made absolute by CSS alone.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="/"]):not([href^="#"]):not([href*=":"])')) {
    a.dataset['printHref'] = new URL(a.getAttribute('href') ?? '', base).href;
  }
}
