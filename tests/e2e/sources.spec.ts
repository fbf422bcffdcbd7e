import { expect, test } from '@playwright/test';
import { archivedSources, builtCitations } from './support/built-site';

const sources = archivedSources();

test('the sources table links to each archived source', async ({ page }) => {
  const response = await page.goto('/sources/');
  expect(response?.status()).toBe(200);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(sources.length);
  const first = sources[0]!;
  // By address: two sources may share a title (a repost keeps the original's headline).
  await rows.locator(`a[href$="/sources/${first.id}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/sources/${first.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});

test('a paragraph link makes that paragraph the target', async ({ page, request }) => {
  const cited = (await builtCitations(request)).find((c) => /^p\d+$/.test(c.paragraphId));
  expect(cited, 'the build cites at least one article paragraph').toBeTruthy();
  const paragraph = sources.find((s) => s.id === cited!.sourceId)!.paragraphs.find((p) => p.id === cited!.paragraphId)!;
  const response = await page.goto(`/sources/${cited!.sourceId}/`);
  expect(response?.status()).toBe(200);
  const element = page.locator(`[id="${paragraph.id}"]`);
  await expect(element).toContainText(paragraph.text.split(/\s+/).slice(0, 6).join(' '));
  await element.getByRole('link', { name: new RegExp(`Paragraph ${paragraph.id.slice(1)}\\b`) }).click();
  await expect(page).toHaveURL(new RegExp(`#${paragraph.id}$`));
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(paragraph.id);
});

test('reader comments are labelled as opinion, apart from the article', async ({ page }) => {
  for (const source of sources) {
    const response = await page.goto(`/sources/${source.id}/`);
    expect(response?.status()).toBe(200);
    const comments = page.locator('section[aria-labelledby="comments"]');
    await expect(page.locator('section[aria-labelledby="article"] article.comment')).toHaveCount(0);
    if (source.comments.length === 0) {
      await expect(comments).toHaveCount(0);
      continue;
    }
    await expect(comments.getByRole('heading', { name: 'Reader comments' })).toBeVisible();
    await expect(comments).toContainText("readers' opinions");
    await expect(comments.locator('article.comment')).toHaveCount(source.comments.length);
  }
});
