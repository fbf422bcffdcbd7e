import { expect, test } from '@playwright/test';

test('the sources table links to each archived source', async ({ page }) => {
  await page.goto('/sources/');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await page.getByRole('link', { name: 'China to Require Backdoors in Foreign Hardware, Software' }).click();
  await expect(page).toHaveURL(/\/sources\/esecurityplanet\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China to Require Backdoors in Foreign Hardware, Software');
});

test('a paragraph link makes that paragraph the target', async ({ page }) => {
  await page.goto('/sources/esecurityplanet/');
  const paragraph = page.locator('#p5');
  await expect(paragraph).toContainText('arsenal of zero days');
  await paragraph.getByRole('link', { name: /Paragraph 5/ }).click();
  await expect(page).toHaveURL(/#p5$/);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5');
});

test('reader comments are labelled as opinion, apart from the article', async ({ page }) => {
  await page.goto('/sources/cluley/');
  const comments = page.locator('section[aria-labelledby="comments"]');
  await expect(comments.getByRole('heading', { name: 'Reader comments' })).toBeVisible();
  await expect(comments).toContainText("readers' opinions");
  await expect(comments.locator('article.comment')).toHaveCount(6);
  await expect(page.locator('section[aria-labelledby="article"] article.comment')).toHaveCount(0);
});
