import { expect, test } from '@playwright/test';

test('the first Tab reaches a visible skip link that jumps past the navigation', async ({ page }) => {
  await page.goto('/bank-rules/');
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

test('a footnote can be followed and returned from with the keyboard alone', async ({ page }) => {
  await page.goto('/backdoors/');
  const ref = page.locator('a[data-footnote-ref]').first();
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
  await expect(page).toHaveURL(new RegExp(`#${(await ref.getAttribute('id'))!}$`));
});

test('every heading link and table region can take keyboard focus', async ({ page }) => {
  await page.goto('/claims/');
  const region = page.locator('section.table-scroll').first();
  await region.focus();
  await expect(region).toBeFocused();
  const headingLink = page.locator('.heading-link').first();
  await headingLink.focus();
  await expect(headingLink).toBeFocused();
  await expect(headingLink).toHaveAccessibleName(/^Link to this section: /);
});
