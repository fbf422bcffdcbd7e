import { expect, test } from '@playwright/test';
import { builtCorpus } from './search-corpus';

/**
 * The search dialog on a 375 × 667 phone. The on-screen keyboard is not drawn by a headless
 * browser, so its height is assumed: 260 px, iOS's keyboard with its suggestion bar on a phone of
 * that size. Whatever stands above 667 − 260 px is what the reader sees while typing.
 */
const KEYBOARD = 260;
test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

test('phone: full-width field, filters in one row, three results above the keyboard', async ({ page }) => {
  const { words } = await builtCorpus(page);
  const query = words.find((w) => /^\p{L}{6,}$/u.test(w))!;
  await page.goto('./');
  await page.locator('a.search-open').tap();
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(page.locator('.search-dialog [role="status"]')).toContainText(`“${query}”`);

  const box = (await input.boundingBox())!;
  expect(box.width, 'the field takes most of the row (the Close button beside it)').toBeGreaterThanOrEqual(375 * 0.7);
  const selects = await page
    .locator('.search-dialog .search-filters select')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
  expect(selects).toHaveLength(3);
  for (const s of selects) {
    expect(Math.abs(s.top - selects[0]!.top), 'filters share one row').toBeLessThan(2);
    expect(s.right).toBeLessThanOrEqual(375);
  }
  // Three results, or all of them in a corpus where the word has fewer.
  const total = Number(/(\d+) results?/.exec((await page.locator('.search-dialog [role="status"]').textContent()) ?? '')?.[1] ?? 0);
  const shown = Math.min(3, total);
  expect(shown, 'the word finds something').toBeGreaterThan(0);
  const bottoms = await page.locator('.search-dialog .search-hit').evaluateAll((els) => els.slice(0, 3).map((e) => e.getBoundingClientRect().bottom));
  expect(bottoms).toHaveLength(shown);
  expect(bottoms[shown - 1], 'the third result ends above the keyboard').toBeLessThanOrEqual(667 - KEYBOARD);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing scrolls sideways').toBeLessThanOrEqual(375);
});
