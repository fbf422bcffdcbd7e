import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtCitations, builtPagePaths, distDir } from './support/built-site';

test('the first Tab reaches a visible skip link that jumps past the navigation', async ({ page, request }) => {
  const [cited] = await builtCitations(request);
  const response = await page.goto(cited!.pageUrl);
  expect(response?.status()).toBe(200);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
});

test('a footnote can be followed and returned from with the keyboard alone', async ({ page, request }) => {
  const cited = (await builtCitations(request)).at(-1)!;
  const response = await page.goto(cited.pageUrl);
  expect(response?.status()).toBe(200);
  const ref = page.locator(`[id="${cited.refId}"]`);
  await ref.focus();
  await expect(ref).toBeFocused();
  const noteId = (await ref.getAttribute('href'))!.slice(1);
  // Enter opens the note in place, focus inside; its last link leads on to the note list.
  await page.keyboard.press('Enter');
  const toList = page.locator(`.preview:popover-open a[href="#${noteId}"]`);
  for (let i = 0; i < 20 && !(await toList.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  const back = page.locator(`[id="${noteId}"] a[data-footnote-backref]`).first();
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${cited.refId}$`));
});

const pagesWith = (marker: string) => builtPagePaths().filter((path) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes(marker));

test('every heading link and table region can take keyboard focus', async ({ page }) => {
  const withHeadings = pagesWith('class="heading-link"');
  expect(withHeadings.length, 'some built page has a linked heading').toBeGreaterThan(0);
  // A corpus need not have tables; where it has them, each scrollable region takes focus.
  for (const path of [withHeadings[0]!, ...pagesWith('class="table-scroll"')]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    for (const region of await page.locator('section.table-scroll').all()) {
      await region.focus();
      await expect(region).toBeFocused();
    }
    const headingLink = page.locator('.heading-link').first();
    if ((await headingLink.count()) === 0) continue;
    await headingLink.focus();
    await expect(headingLink).toBeFocused();
    await expect(headingLink).toHaveAccessibleName(/^Link to this section: /);
  }
});
