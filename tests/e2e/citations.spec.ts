import { expect, test } from '@playwright/test';

interface CitationEntry {
  pageUrl: string;
  refId: string;
  sourceId: string;
  paragraphId: string;
}

// Content pages change; the citation map says which citation to follow.
test('a footnote leads to the cited paragraph, and its back-reference leads back to the same reference', async ({ page, request }) => {
  const { citations } = (await (await request.get('/citations.json')).json()) as { citations: CitationEntry[] };
  expect(citations.length).toBeGreaterThan(0);
  const c = citations[0]!;
  const targetId = () => page.evaluate(() => document.querySelector(':target')?.id);

  await page.goto(c.pageUrl);
  const ref = page.locator(`[id="${c.refId}"]`);
  await ref.click();
  const noteId = (await ref.getAttribute('href'))!.slice(1);
  // With JavaScript the reference opens its note in place; the note's own link leads on to the list.
  await page.locator(`.preview:popover-open a[href="#${noteId}"]`).click();
  expect(await targetId()).toBe(noteId);

  await page.locator(`[id="${noteId}"] a[href$="/sources/${c.sourceId}/#${c.paragraphId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${c.sourceId}/#${c.paragraphId}$`));
  // The URL changes when the navigation commits, before the new document has its :target
  // (a service worker answering from its cache widens that gap): wait for it.
  await expect.poll(targetId).toBe(c.paragraphId);
  await expect(page.locator(`[id="${c.paragraphId}"]`)).toBeInViewport();

  await page.locator(`[id="${c.paragraphId}"] .cited-in a[href="${c.pageUrl}#${c.refId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${c.refId}$`));
  await expect.poll(targetId).toBe(c.refId);
  await expect(ref).toBeInViewport();
});

test('footnotes and back-references work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sources/');
  const { citations } = JSON.parse(await (await page.request.get('/citations.json')).text()) as { citations: CitationEntry[] };
  const c = citations[0]!;
  await page.goto(`/sources/${c.sourceId}/#${c.paragraphId}`);
  await page.locator(`[id="${c.paragraphId}"] .cited-in a[href="${c.pageUrl}#${c.refId}"]`).click();
  // The click navigates to another page: wait for it before asking which element is the target.
  await expect(page).toHaveURL(new RegExp(`${c.pageUrl}#${c.refId}$`));
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(c.refId);
  await context.close();
});
