import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { citations, open, pagesWith, proseCitingPage } from './reader-pages';

// Print for class: a printout leads back to every source paragraph by its absolute address.
// Chromium's print-to-PDF honours @media print; pdftotext (poppler-utils) reads the text back,
// CSS-generated addresses included. Addresses may wrap across lines, so whitespace is ignored.
async function printedText(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const pdf = join(dir, 'page.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('printed notes carry the absolute address of every cited source paragraph, and the page its own', async ({ page, baseURL }) => {
  const path = proseCitingPage();
  await open(page, path);
  const text = await printedText(page);
  const flat = squeeze(text);
  const cited = [...new Set(citations.filter((c) => c.pageUrl === path).map((c) => `${baseURL}/sources/${c.sourceId}/#${c.paragraphId}`))];
  expect(cited.length).toBeGreaterThan(0);
  for (const address of cited) expect(flat, address).toContain(squeeze(address));
  expect(flat, 'the page prints its own address').toContain(squeeze(`Printed from ${baseURL}${path}`));
  // Nothing interactive prints: back arrows, the search control, the theme button, "whole ¶" buttons.
  expect(text).not.toContain('↩');
  expect(text).not.toMatch(/whole ¶|Skip to content|◐/);
  // Nor what is only for screens: the offline download, the Cite block's machine formats.
  expect(text).not.toMatch(/Download for offline reading|@\w+\{|TY {2}- /);
});

test('a printed table is whole: the last column of every table is on the paper', async ({ page }) => {
  const [path] = pagesWith(/class="table-scroll"/);
  expect(path, 'a built page with a table').toBeTruthy();
  await open(page, path!);
  const lastHeaders = await page
    .locator('.table-scroll')
    .evaluateAll((regions) => regions.map((r) => [...r.querySelectorAll('tr')][0]?.lastElementChild?.textContent?.trim() ?? ''));
  const text = await printedText(page);
  // pdftotext may split a header cell over lines; its first word must appear once per table.
  const word = lastHeaders[0]!.split(/\s+/)[0]!;
  expect(word.length).toBeGreaterThan(0);
  const expected = lastHeaders.filter((h) => h.startsWith(word)).length;
  expect(text.split(word).length - 1, `"${word}" printed for each table`).toBeGreaterThanOrEqual(expected);
  // At an A4 page's width in print media, no table region scrolls (which would cut it off).
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const clipped = await page.locator('.table-scroll').evaluateAll((regions) => Math.max(...regions.map((el) => el.scrollWidth - el.clientWidth)));
  expect(clipped, 'no column cut off in print').toBeLessThanOrEqual(1);
});
