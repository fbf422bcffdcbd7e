import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './support/built-site';

// Copy-link and Cite in the browser, on pages taken from the build's sitemap (any corpus): a
// written page with a linked heading and two paragraphs at least (the home page if no other has them).
const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const written = paths.filter((p) => !p.startsWith('/sources/')).sort((a, b) => Number(a === '/') - Number(b === '/'));
const explainer = written.find((p) => html(p).includes('class="heading-wrapper') && (html(p).match(/<p id="para-/g)?.length ?? 0) >= 2)!;
const source = paths.find((p) => /^\/sources\/[^/]+\/$/.test(p))!;

test('the build has a written page to cite and copy links from', () => {
  expect(explainer, `a page of ${written.join(', ')} with a linked heading and two paragraphs`).toBeDefined();
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a paragraph ¶ link copies its full address and says so to screen readers', async ({ page, baseURL }) => {
  expect((await page.goto(explainer))!.status()).toBe(200);
  const para = page.locator('main p[id^="para-"]').nth(1);
  const id = (await para.getAttribute('id'))!;
  await para.hover();
  const link = para.locator('> a.passage-link');
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  // Built without SITE_URL: the address comes from where the page is read, absolute, with the anchor.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${explainer}#${id}`);
  await expect(page).toHaveURL(`${baseURL}${explainer}#${id}`);
});

test('a heading link copies the section address', async ({ page, baseURL }) => {
  await page.goto(explainer);
  const wrapper = page.locator('main article .heading-wrapper').first();
  const id = (await wrapper.locator('h2, h3, h4').first().getAttribute('id'))!;
  await wrapper.locator('a.heading-link').click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${explainer}#${id}`);
});

test('a deep link to a paragraph far down the page scrolls it into view', async ({ page }) => {
  await page.goto(explainer);
  const ids = await page.locator('main p[id^="para-"]').evaluateAll((ps) => ps.map((p) => p.id));
  const id = ids[ids.length - 1]!;
  await page.goto(`${explainer}#${id}`);
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect(page.locator(':target')).toHaveAttribute('id', id);
});

test('the Cite dialog of a section copies BibTeX with the section address and today as access date', async ({ page, baseURL }) => {
  await page.goto(explainer);
  const wrapper = page.locator('main article .heading-wrapper').first();
  const id = (await wrapper.locator('h2, h3, h4').first().getAttribute('id'))!;
  await wrapper.hover();
  await wrapper.getByRole('button', { name: /^Cite this section/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this section' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('status')).toHaveText('BibTeX copied');
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(bib).toMatch(/^@\w+\{[a-z0-9_]+,/);
  expect(bib).toContain(`url = {${baseURL}${explainer}#${id}}`);
  expect(bib).toContain(`accessed ${today}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The page's own block keeps the page address.
  await expect(page.locator('[data-cite-block] > .cite-formats [data-format="bibtex"] .cite-text')).toContainText(`url = {${baseURL}${explainer}}`);
});

test('an archived paragraph has a Cite button that cites the source at that paragraph', async ({ page, baseURL }) => {
  await page.goto(source);
  const para = page.locator('.para').first();
  const id = (await para.getAttribute('id'))!;
  await para.hover();
  await para.getByRole('button', { name: /^Cite paragraph/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this paragraph' });
  await expect(dialog.locator('[data-format="apa"] .cite-text')).toContainText(`${baseURL}${source}#${id}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('without JavaScript the Cite block is a readable citation with the static parts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(explainer);
  const block = page.locator('[data-cite-block]');
  await expect(block.locator('[data-format="apa"] .cite-text')).toContainText(explainer);
  await expect(block.getByRole('button')).toHaveCount(0);
  await expect(block.getByRole('link', { name: 'BibTeX', exact: true })).toHaveAttribute('href', `${explainer}cite.bib`);
  await context.close();
});

test('a text-fragment link still scrolls to its words', async ({ page }) => {
  await page.goto(explainer);
  const last = page.locator('main p[id^="para-"]').last();
  const words = (await last.innerText()).split(/\s+/).slice(0, 4).join(' ');
  // On a page short enough to show its last paragraph at once there is nothing to scroll.
  const belowTheFold = await last.evaluate((p) => p.getBoundingClientRect().top >= innerHeight);
  await page.goto('about:blank');
  await page.goto(`${explainer}#:~:text=${encodeURIComponent(words)}`);
  if (belowTheFold) await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect(last).toBeInViewport();
});
