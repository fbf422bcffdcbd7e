import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../gates/lib/browser';
import { startStaticServer } from '../support/static-server.mjs';
import { buildCopy, copyProject } from './project-copy';

// The comment-bypass payload (`<!--><img onerror><a href=javascript:><meta refresh>-->`) as a
// browser meets it. As raw HTML the build refuses it (tests/fixtures/hostile/comment-bypass); here
// it is written where Markdown shows it as text (code, escapes, a well-formed comment, a source
// text), and Chromium must neither navigate away nor send a request off the site. A control page
// with the payload's tags live proves the watch would see both.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

let dir = '';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = copyProject('hostile-chromium', { content: 'tests/fixtures/hostile/_corpus' });
  cpSync('tests/fixtures/hostile/_chromium', join(dir, 'content'), { recursive: true });
  const result = buildCopy(dir);
  expect(result.status, result.output).toBe(0);
  mkdirSync(join(dir, 'dist/control'));
  writeFileSync(
    join(dir, 'dist/control/index.html'),
    '<!doctype html><title>control</title><img src="https://evil.example/c.png"><meta http-equiv="refresh" content="1;url=https://evil.example/">',
  );
  server = await startStaticServer(join(dir, 'dist'), { port: Number(process.env['E2E_PORT'] ?? 0) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Loads a page, waits past the payload's 5 s refresh, and reports where it went and what it asked for. */
async function watch(path: string, waitMs: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const offsite: string[] = [];
  const dialogs: string[] = [];
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  const status = response?.status();
  await page.waitForTimeout(waitMs);
  const live = await page.evaluate(() => document.querySelectorAll('main img, main meta, [onerror], a[href^="javascript:" i]').length);
  const finalUrl = page.url();
  await context.close();
  return { status, offsite, dialogs, navigations, finalUrl, live };
}

describe('the comment-bypass payload in Chromium', () => {
  it('the watch sees a live payload navigate and request off-site (control)', async () => {
    const seen = await watch('/control/', 2500);
    expect(seen.status).toBe(200);
    expect(seen.offsite.some((u) => u.startsWith('https://evil.example/'))).toBe(true);
  });

  for (const path of ['/payload/', '/sources/notice/']) {
    it(`${path} shows it as text: no navigation, no off-site request, no dialog, no live element`, async () => {
      const seen = await watch(path, 6500);
      expect(seen.status).toBe(200);
      expect(seen.offsite).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      expect(seen.navigations).toEqual([new URL(path.replace(/^\//, ''), server.url).href]);
      expect(seen.finalUrl).toBe(new URL(path.replace(/^\//, ''), server.url).href);
      expect(seen.live).toBe(0);
    });
  }
});
