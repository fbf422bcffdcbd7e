import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open, proseCitingPage } from './reader-pages';

// Notes in place: sidenotes on wide screens, popovers everywhere, the whole paragraph on request.
const path = proseCitingPage();
const popover = (page: Page) => page.locator('.preview:popover-open');

/** The first reference in running text whose note quotes its source: the ref, its note's text and the quote. */
async function firstRef(page: Page) {
  const found = await page.evaluate(() => {
    for (const ref of document.querySelectorAll<HTMLAnchorElement>('article a[data-footnote-ref]')) {
      if (ref.closest('.table-scroll')) continue;
      const copy = document.getElementById(decodeURIComponent(ref.hash.slice(1)))?.cloneNode(true) as HTMLElement | undefined;
      copy?.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
      const text = (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const quote = /“([^”]+)”/.exec(text)?.[1];
      if (quote) return { id: ref.id, text, quote };
    }
    return undefined;
  });
  expect(found, 'a note in running text that quotes its source').toBeTruthy();
  const ref = page.locator(`[id="${found!.id}"]`);
  return { ref, noteText: found!.text, quote: found!.quote, number: (await ref.textContent())!.trim() };
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('note 1 is shown beside the text without any action, and sidenotes never overlap', async ({ page }) => {
    await open(page, path);
    const ref = page.locator('article a[data-footnote-ref]', { hasText: /^1$/ }).first();
    const noteId = (await ref.getAttribute('href'))!.slice(1);
    const expected = await page
      .locator(`[id="${noteId}"] p`)
      .first()
      .evaluate((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
    const side = page.locator(`.sidenote[data-ref="${await ref.getAttribute('id')}"]`);
    await expect(side).toBeVisible();
    await expect(side).toContainText(expected);
    const [text, note, refBox] = await Promise.all([page.locator('.reading > article').boundingBox(), side.boundingBox(), ref.boundingBox()]);
    expect(note!.x, 'sidenote right of the text column').toBeGreaterThanOrEqual(text!.x + text!.width);
    expect(note!.x + note!.width, 'sidenote inside the window').toBeLessThanOrEqual(1280);
    expect(Math.abs(note!.y - refBox!.y), 'sidenote level with its reference').toBeLessThan(24);
    const boxes = await page
      .locator('.sidenote:visible')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
    expect(boxes.length).toBeGreaterThan(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, `sidenote ${i + 1} starts below sidenote ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
  });

  test('hovering a reference never opens a popover over the text when its sidenote is shown', async ({ page }) => {
    await open(page, path);
    const { ref } = await firstRef(page);
    await ref.hover();
    await page.waitForTimeout(700);
    await expect(popover(page)).toHaveCount(0);
    await expect(page.locator('.sidenote.is-current')).toHaveCount(1);
  });
});

test.describe('at 375 px, by touch', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('tapping a reference opens its note with the quoted words; the URL and scroll stay; Escape closes and focus returns', async ({ page }) => {
    await open(page, path);
    const { ref, quote, number } = await firstRef(page);
    expect(quote, 'the note quotes its source').toBeTruthy();
    // The code that answers a reader loads on first use and adds ¶ links that move lines: load it
    // (a pointer over the page's title) and wait for it, so what is measured is the tap alone. (A
    // tap before it loads: the next test.) Its Cite code adds the status line every page has.
    await page.locator('.page-head h1').hover();
    await expect(page.locator('body > .cite-toast')).toBeAttached();
    await ref.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -100));
    const onScreen = () => ref.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const before = { url: page.url(), y: await page.evaluate(() => scrollY), top: await onScreen() };
    await ref.tap();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toHaveAccessibleName(`Note ${number}`);
    await expect(popover(page)).toContainText(quote!);
    await expect(popover(page).locator('a[href*="/sources/"]').first()).toBeVisible();
    expect(page.url()).toBe(before.url);
    expect(await page.evaluate(() => scrollY)).toBe(before.y);
    expect(await onScreen(), 'the reference stays where it was on screen').toBe(before.top);
    await page.keyboard.press('Escape');
    await expect(popover(page)).toHaveCount(0);
    await expect(ref).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(before.y);
  });

  test('a tap that comes before the note code has loaded waits for it: no jump to the note list', async ({ page }) => {
    // The code that answers a reader loads on first use (src/scripts/reader/first-use.ts); hold it back.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    // Requests a service worker answers never reach page.route: this page does without one.
    await page.context().route('**/sw.js', (route) => route.abort());
    await page.route(/\/_astro\/in-place\.[^/]+\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await open(page, path);
    const { ref, quote } = await firstRef(page);
    await ref.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -100));
    const onScreen = () => ref.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const before = { url: page.url(), y: await page.evaluate(() => scrollY), top: await onScreen() };
    await ref.tap();
    await expect.poll(() => asked, 'the tap asked for the code').toBe(true);
    await page.waitForTimeout(300);
    expect(page.url(), 'the tap did not follow the link meanwhile').toBe(before.url);
    expect(await page.evaluate(() => scrollY)).toBe(before.y);
    release();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText(quote!);
    expect(page.url()).toBe(before.url);
    // The loaded code adds ¶ links and Cite buttons above the reference: it must not move.
    expect(await onScreen(), 'the reference stays where it was on screen').toBe(before.top);
  });

  test('a tap outside closes the note', async ({ page }) => {
    await open(page, path);
    const { ref } = await firstRef(page);
    await ref.tap();
    await expect(popover(page)).toBeVisible();
    await page.locator('.page-head h1').tap();
    await expect(popover(page)).toHaveCount(0);
  });

  test('the whole cited paragraph opens in place, loaded only when asked, with a link to the archive', async ({ page, context }) => {
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/sources/') && asked.push(r.url()));
    await open(page, path);
    const { ref } = await firstRef(page);
    await ref.tap();
    const link = popover(page).locator('a[href*="/sources/"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(asked, 'no archive page is loaded before a reader asks').toEqual([]);
    await popover(page).locator('button.preview-more').first().tap();
    const shown = popover(page).locator('.preview-paragraph').first();
    await expect(shown.locator('.preview-excerpt')).toBeVisible();
    // The archive page's own text of that paragraph, read from the archive page itself.
    const archive = await context.newPage();
    await open(archive, href);
    const expected = (await archive
      .locator(`[id="${new URL(href, page.url()).hash.slice(1)}"] > p:not(.cited-in)`)
      .first()
      .textContent())!.trim();
    await archive.close();
    expect(expected.length).toBeGreaterThan(20);
    await expect(shown).toContainText(expected);
    await expect(shown.getByRole('link', { name: /in the archive/ })).toHaveAttribute('href', new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(asked, 'one request, for the paragraph asked for').toHaveLength(1);
    expect(page.url()).not.toContain('/sources/');
  });
});

test('keyboard only: Enter opens the note with focus inside, Tab reaches its controls, Escape closes and returns focus', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await open(page, path);
  const { ref, number } = await firstRef(page);
  await ref.focus();
  await page.keyboard.press('Enter');
  await expect(popover(page)).toBeVisible();
  await expect(popover(page)).toHaveAccessibleName(`Note ${number}`);
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.preview')))).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.preview button.preview-more').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popover(page).locator('.preview-excerpt').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover(page)).toHaveCount(0);
  await expect(ref).toBeFocused();
  // Focus handed back is not a new request for a preview.
  await page.waitForTimeout(700);
  await expect(popover(page)).toHaveCount(0);
});

test('a link to another section or page of the site previews its text on hover; navigation links do not', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await open(page, path);
  const link = page
    // Not the controls beside a passage (the "#" and "¶" links copy its address; they preview nothing).
    .locator('article a[href*="#"]:not([data-footnote-ref], .heading-link, .passage-link, .pnum, [data-footnote-backref])')
    .filter({ hasNot: page.locator('xpath=ancestor::*[contains(@class,"footnotes")]') })
    .first();
  const href = (await link.getAttribute('href'))!;
  const target = new URL(href, page.url());
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  await expect(popover(page)).toBeVisible();
  const other = await page.context().newPage();
  await open(other, target.pathname);
  const heading = (await other.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`).textContent())!.trim();
  await other.close();
  await expect(popover(page).locator('.preview-title')).toContainText(heading);
  await page.mouse.move(0, 0);
  await expect(popover(page)).toHaveCount(0);
  // Site navigation is not previewed: it is not part of the text.
  await page.locator('.site-nav a').last().hover();
  await page.waitForTimeout(800);
  await expect(popover(page)).toHaveCount(0);
  // Nor is the "¶" beside a paragraph: it copies the paragraph's address, it does not lead anywhere new.
  const passage = page.locator('article p:has(> a.passage-link)').first();
  await passage.hover();
  await passage.locator('> a.passage-link').hover();
  await page.waitForTimeout(800);
  await expect(popover(page)).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a note and its paragraph open (${scheme})`, async ({ page }) => {
    // Axe reads every node of the longest page: on a busy machine that takes more than the default 30 s.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, path);
    const { ref } = await firstRef(page);
    await ref.click();
    await popover(page).locator('button.preview-more').first().click();
    await expect(popover(page).locator('.preview-excerpt').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('without JavaScript a reference is still a plain link to the note list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await open(page, path);
  const ref = page.locator('article a[data-footnote-ref]').first();
  const noteId = (await ref.getAttribute('href'))!.slice(1);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  await expect(page.locator('.sidenote, .preview')).toHaveCount(0);
  await context.close();
});
