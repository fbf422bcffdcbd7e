import type { Page } from 'playwright';

/**
 * Open states the browser gates also check (axe, CSP, privacy, console). Selector-driven: on
 * every page where `trigger` exists, the gate clicks it, waits for `open`, runs `then` (e.g. type
 * a search), checks the page in that state, then presses Escape. Add an entry when a feature with
 * an open state lands; pages without the trigger are simply skipped.
 */
export interface Interaction {
  name: string;
  /** CSS selector of the control that opens the state; the first visible match is used. */
  trigger: string;
  /** CSS selector that must become visible once open. */
  open: string;
  /** Optional: what to do once open, before checking (type a query, wait for results). */
  then?: (page: Page) => Promise<void>;
}

export const interactions: Interaction[] = [
  // First: one Escape closes it, whereas the search dialog's first Escape may only clear its box.
  {
    name: 'citation popover',
    trigger: 'article a[data-footnote-ref]',
    open: '.preview:popover-open',
    then: async (page) => {
      // The note's whole cited paragraph, loaded into the popover (src/scripts/notes/).
      const more = page.locator('.preview:popover-open button.preview-more').first();
      if ((await more.count()) === 0) return;
      await more.click();
      await page.locator('.preview:popover-open .preview-excerpt, .preview:popover-open .preview-failed').first().waitFor();
    },
  },
  {
    name: 'search dialog',
    trigger: '[data-search-open], button[aria-controls="search-dialog"]',
    open: 'dialog[open]',
    then: async (page) => {
      const box = page.locator('dialog[open] input[type="search"], dialog[open] input').first();
      if ((await box.count()) === 0) return;
      await box.fill('bank');
      // Results come from Pagefind's worker; give them time to render (and to make requests).
      await page.waitForTimeout(800);
    },
  },
];
