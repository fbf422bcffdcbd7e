import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../gates/lib/run-command';
import { copyProject } from './project-copy';

// In `npm run dev`, a page whose citation stops verifying shows the error in the browser (Astro's
// error overlay) at file:line:col with its hint, instead of its last good text; fixed, it is back.
const PORT = Number(process.env['E2E_PORT'] ?? 4321) + 3;
const url = `http://127.0.0.1:${PORT}/fares/`;
let dir = '';
let server: ChildProcess | undefined;

const status = async () => (await fetch(url).catch(() => undefined))?.status;
async function until(wanted: number, seconds = 60) {
  for (let i = 0; i < seconds * 4; i += 1) {
    if ((await status()) === wanted) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never answered ${wanted}`);
}

beforeAll(async () => {
  dir = copyProject('dev-errors', { content: 'tests/fixtures/corpus-mini' });
  server = spawn(
    join(dir, 'node_modules/node/bin/node'),
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      cwd: dir,
      env: buildEnv({ ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }),
      stdio: 'ignore',
    },
  );
  await until(200, 120);
});

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows a failing citation in the browser, and the page again once it is fixed', async () => {
    const page = join(dir, 'content/pages/fares.md');
    const good = readFileSync(page, 'utf8');
    expect(await (await fetch(url)).text()).toContain('Gazette');
    writeFileSync(page, good.replace('"on Monday"', '"on Sunday"'));
    await until(500);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const tab = await browser.newPage();
      expect((await tab.goto(url))?.status()).toBe(500);
      const message = await tab.locator('vite-error-overlay #message-content').innerText({ timeout: 30_000 });
      expect(message).toContain('content/pages/fares.md:10:34  The quoted words do not occur in gazette ¶1: “on Sunday”.');
      expect(message).toContain('hint: Closest match in ¶1: “on Monday.”.');
    } finally {
      await browser.close();
    }
    writeFileSync(page, good);
    await until(200);
  });
});
