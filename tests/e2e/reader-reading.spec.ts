import { expect, test } from '@playwright/test';
import { builtPages, citingPages, open, pagesWith, proseCitingPage } from './reader-pages';

// Pages for long reading: contents, previous/next, reading time, whole tables, a small phone
// header, touch targets, and a theme that is remembered without a flash.
const tocPages = pagesWith(/<nav class="toc"/);
const tablePages = pagesWith(/class="table-scroll"/);
/** The page whose table has the most columns (the claims-style matrix). */
const widestTablePage = tablePages
  .map((path) => ({
    path,
    columns: Math.max(...[...builtPages.find((p) => p.path === path)!.html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!.split('<th').length - 1)),
  }))
  .sort((a, b) => b.columns - a.columns)[0];

test('long pages have contents; the section being read is marked, and a deep link to an h3 marks its h2', async ({ page }) => {
  expect(tocPages.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  // A page whose contents nest h3s and stand beside the text (pages with full-width tables keep them on top).
  const tocOf = (html: string) => html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>', html.indexOf('<nav class="toc"')));
  const path = tocPages.find((p) => {
    const html = builtPages.find((b) => b.path === p)!.html;
    return tocOf(html).split('<ul>').length > 2 && !html.includes('class="table-scroll"');
  });
  expect(path, 'a built page with nested contents and no wide table').toBeTruthy();
  await open(page, path!);
  const sub = page.locator('.toc ul ul a').first();
  await expect(sub, 'the contents list h3s under their h2').toHaveCount(1);
  const h3 = (await sub.getAttribute('href'))!;
  const parent = page
    .locator('.toc > details > ul > li')
    .filter({ has: page.locator(`a[href="${h3}"]`) })
    .locator(':scope > a');
  await page.goto('about:blank');
  await open(page, `${path!}${h3}`);
  await expect(sub).toHaveAttribute('aria-current', 'location');
  await expect(parent).toHaveClass(/is-parent-current/);
  await expect(page.locator('.toc details')).toHaveAttribute('open', '');
  // Wide screens: the contents stay beside the text while it scrolls.
  const tocBox = await page.locator('.toc').boundingBox();
  const textBox = await page.locator('.reading > article').boundingBox();
  expect(tocBox!.x + tocBox!.width).toBeLessThanOrEqual(textBox!.x);
  expect(tocBox!.y).toBeGreaterThanOrEqual(0);
});

test('on a phone the contents fold at the top and open on a tap', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page, tocPages[0]!);
  const details = page.locator('.toc details');
  await expect(details).not.toHaveAttribute('open', '');
  await page.locator('.toc summary').click();
  await expect(page.locator('.toc a').first()).toBeVisible();
});

test('every page in the navigation links to the previous and next one, and shows reading time and its date', async ({ page }) => {
  const path = proseCitingPage();
  await open(page, path);
  const nav = page.getByRole('navigation', { name: 'Previous and next page' });
  const links = nav.getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  await expect(page.locator('.page-meta')).toHaveText(/^\d+ min read · Updated \d{1,2} \w+ \d{4}$/);
  await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('the widest table shows its last column whole at 1280 px', async ({ page }) => {
  expect(widestTablePage, 'a built page with a table').toBeTruthy();
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, widestTablePage!.path);
  const region = page.locator('.table-scroll').first();
  const last = region.locator('thead th').last();
  await last.scrollIntoViewIfNeeded();
  const box = (await last.boundingBox())!;
  expect(box.x + box.width, 'last column inside the window').toBeLessThanOrEqual(1280);
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), 'nothing hidden behind a sideways scroll').toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('on a phone a wide table says it scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page, widestTablePage!.path);
  const region = page.locator('.table-scroll').first();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await region.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/Scroll sideways/);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the header is at most 64 px tall, hides the "/" hint, and its pages are one tap away', async ({ page }) => {
    await open(page, proseCitingPage());
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    await expect(page.locator('.search-kbd')).toBeHidden();
    await page.locator('.site-menu summary').tap();
    await expect(page.locator('.site-nav a').first()).toBeVisible();
  });

  test('note references, ¶ links, back links and heading links are at least 24 × 24 px', async ({ page }) => {
    const path = citingPages[0]!;
    await open(page, path);
    const selectors = {
      'note reference': 'article a[data-footnote-ref]',
      '¶ link': '.footnotes a[href*="/sources/"]',
      'back link': 'a[data-footnote-backref]',
      'heading link': '.heading-link',
    };
    for (const [name, selector] of Object.entries(selectors)) {
      const sizes = await page.locator(selector).evaluateAll((els) =>
        els
          .slice(0, 40)
          .map((el) => el.getBoundingClientRect())
          .map((r) => [r.width, r.height]),
      );
      expect(sizes.length, name).toBeGreaterThan(0);
      for (const [w, h] of sizes) {
        expect(w, `${name} width`).toBeGreaterThanOrEqual(24);
        expect(h, `${name} height`).toBeGreaterThanOrEqual(24);
      }
    }
  });
});

test.describe('theme', () => {
  // No service worker: it would answer for the bundled scripts that this test blocks.
  test.use({ serviceWorkers: 'block' });

  test('the theme toggle cycles system, light and dark, is remembered, and is applied before any bundled script runs', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { refused: string[] };
      w.refused = [];
      document.addEventListener('securitypolicyviolation', (e) => w.refused.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const refused = () => page.evaluate(() => (window as unknown as { refused: string[] }).refused);
    await page.emulateMedia({ colorScheme: 'light' });
    const path = proseCitingPage();
    await open(page, path);
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAccessibleName(/Auto/);
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(/Light/);
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(/Dark/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // With every bundled script blocked, only the inline head script can apply the theme.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await open(page, path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
    expect(await refused(), 'the inline script is allowed by its hash').toEqual([]);
    await page.unroute('**/_astro/*.js');
    await open(page, path);
    await toggle.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(toggle).toHaveAccessibleName(/Auto/);
  });
});

test('without JavaScript the theme button is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page, proseCitingPage());
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await context.close();
});
