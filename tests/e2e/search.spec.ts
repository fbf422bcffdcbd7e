import { expect, test, type Page } from '@playwright/test';

/** The deployment base the site was built with (see playwright.config.ts). */
const BASE = process.env['SITE_BASE'] ?? '/';

const hits = (page: Page) => page.locator('.search-dialog .search-hit');
const hitLinks = (page: Page) => page.locator('.search-dialog a.search-hit-link');

async function searchFromHeader(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(page.locator('.search-dialog [role="status"]')).toContainText(`for “${query}”`);
}

/** The landing paragraph is the URL's target, shows the searched words marked and is on screen. */
async function expectLandedOn(page: Page, path: string, anchor: string, word: string) {
  await expect(page).toHaveURL(new RegExp(`^[^?]*${BASE}${path.slice(1)}\\?pagefind-highlight=.*#${anchor}$`));
  const target = page.locator(`#${anchor}`);
  await expect(target.locator('mark.search-term', { hasText: new RegExp(`^${word}$`, 'i') }).first()).toBeVisible();
  await expect(target).toBeInViewport();
}

test.describe('search from the header', () => {
  test('"22-page" finds the archived paragraphs that say it and lands on one', async ({ page }) => {
    await page.goto('./');
    await searchFromHeader(page, '22-page');
    const hrefs = await hitLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([expect.stringMatching(/\/sources\/forum\/\?.*#p3$/), expect.stringMatching(/\/sources\/cluley\/\?.*#p4$/)]));
    await expect(hits(page).first().locator('.search-hit-section')).toHaveText(/^¶\d+$/);
    await expect(hits(page).first().locator('mark').first()).toHaveText(/22/);
    const first = hrefs[0]!;
    const [, source, anchor] = /\/sources\/(\w+)\/\?.*#(p\d+)$/.exec(first)!;
    await hitLinks(page).first().click();
    await expectLandedOn(page, `/sources/${source}/`, anchor!, '22-page');
  });

  test('"zero days" lands on eSecurity Planet ¶5', async ({ page }) => {
    await page.goto('./sources/');
    await searchFromHeader(page, 'zero days');
    const first = hits(page).first();
    await expect(first.locator('.search-hit-title')).toHaveText('China to Require Backdoors in Foreign Hardware, Software');
    await expect(first.locator('.search-hit-section')).toHaveText('¶5');
    await expect(first.locator('.search-hit-meta')).toContainText('eSecurity Planet');
    await first.locator('a').click();
    await expectLandedOn(page, '/sources/esecurityplanet/', 'p5', 'zero');
  });

  test('"encryption keys" offers AppleInsider ¶8 among the first results and lands there', async ({ page }) => {
    await page.goto('./');
    await searchFromHeader(page, 'encryption keys');
    const link = hitLinks(page)
      .filter({ has: page.locator('.search-hit-section', { hasText: /^¶8$/ }) })
      .and(page.locator('[href*="/sources/appleinsider/"]'));
    await expect(link).toHaveCount(1);
    const rank = await hitLinks(page).evaluateAll((links) => links.findIndex((a) => /\/sources\/appleinsider\/\?.*#p8$/.test(a.getAttribute('href') ?? '')));
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    await link.click();
    await expectLandedOn(page, '/sources/appleinsider/', 'p8', 'encryption');
  });

  test('filters narrow the results to one source and one kind', async ({ page }) => {
    await page.goto('./');
    await searchFromHeader(page, 'China');
    const status = page.locator('.search-dialog [role="status"]');
    const total = (text: string | null) => Number(/^(\d+) results?/.exec(text ?? '')?.[1]);
    const all = total(await status.textContent());
    expect(all).toBeGreaterThan(3);
    const source = page.locator('.search-dialog select[name="site"]');
    await expect(source.locator('option[value="AppleInsider"]')).toHaveCount(1);
    await source.selectOption('AppleInsider');
    await expect(status).not.toHaveText(new RegExp(`^${all} results`));
    expect(total(await status.textContent())).toBeLessThan(all);
    const metas = await page.locator('.search-dialog .search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('AppleInsider');
    // Kind "overview" has no AppleInsider pages: together they leave nothing.
    await source.selectOption('');
    await page.locator('.search-dialog select[name="kind"]').selectOption('overview');
    await expect(page.locator('.search-dialog [role="status"]')).toHaveText(/^1 result for “China”\.$/);
    await expect(hits(page).first().locator('.search-hit-meta')).toContainText('overview');
  });

  test('works by keyboard alone: Ctrl-K, arrows, Enter; Escape closes and returns focus', async ({ page }) => {
    await page.goto('./sources/');
    const control = page.locator('a.search-open');
    await control.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(control).toBeFocused();

    await page.keyboard.press('/');
    await page.keyboard.type('zero days');
    await expect(page.locator('.search-dialog [role="status"]')).toContainText('for “zero days”');
    await expect(hitLinks(page).first()).toHaveAttribute('href', /\/sources\/esecurityplanet\/\?.*#p5$/);
    await page.keyboard.press('ArrowDown');
    await expect(hitLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hitLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(hitLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectLandedOn(page, '/sources/esecurityplanet/', 'p5', 'days');
  });

  test('"All results" opens the same search as a shareable /search/ page', async ({ page }) => {
    await page.goto('./');
    await searchFromHeader(page, 'zero days');
    await page.getByRole('button', { name: 'All results' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=zero\+days$/);
    await expect(page.locator('.search-page a.search-hit-link').first()).toHaveAttribute('href', /\/sources\/esecurityplanet\/\?.*#p5$/);
  });

  test('"/" typed into a field is just a character', async ({ page }) => {
    await page.goto('./search/');
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('a/b');
    await expect(page.locator('dialog.search-dialog')).toBeHidden();
  });
});

test.describe('the /search/ page', () => {
  test('reads ?q= and the filters from the address and keeps them there', async ({ page }) => {
    await page.goto('./search/?q=zero+days');
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('zero days');
    await expect(page.locator('.search-page .search-hit-link').first()).toHaveAttribute('href', /\/sources\/esecurityplanet\/\?.*#p5$/);

    await page.getByRole('searchbox', { name: 'Words to find' }).fill('encryption keys');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=encryption\+keys$/);
    await expect(page.locator('.search-page [role="status"]')).toContainText('for “encryption keys”');
    await page.locator('.search-page select[name="site"]').selectOption('AppleInsider');
    await expect(page).toHaveURL(/\/search\/\?q=encryption\+keys&site=AppleInsider$/);

    await page.goto('./search/?q=encryption+keys&site=AppleInsider');
    await expect(page.locator('.search-page select[name="site"]')).toHaveValue('AppleInsider');
    await expect(page.locator('.search-page [role="status"]')).toContainText('for “encryption keys”');
    const metas = await page.locator('.search-page .search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('AppleInsider');
  });

  test('says plainly that search needs JavaScript when it is off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('./search/?q=keys');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('drops the JavaScript notice once search runs', async ({ page }) => {
    await page.goto('./search/');
    await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  });

  test('is not itself a search result', async ({ page }) => {
    await page.goto('./search/?q=search');
    await expect(page.locator('.search-page [role="status"]')).toContainText('for “search”');
    const hrefs = await page.locator('.search-page a.search-hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href?.startsWith(`${BASE}search/`))).toEqual([]);
  });
});

test('search still answers with the network cut after a first visit', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  expect(
    await page.evaluate(
      (base) =>
        fetch(`${base}sources/`).then(
          () => 'reached',
          () => 'unreachable',
        ),
      BASE,
    ),
  ).toBe('reached');
  await searchFromHeader(page, 'encryption keys');
  const link = hitLinks(page).and(page.locator('[href*="/sources/appleinsider/"][href$="#p8"]'));
  await link.click();
  await expectLandedOn(page, '/sources/appleinsider/', 'p8', 'keys');
  await context.setOffline(false);
});
