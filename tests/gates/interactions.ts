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
