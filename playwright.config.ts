import { defineConfig } from '@playwright/test';

// Debian's Chromium (Playwright cannot download browsers here), serving the built site the way a
// plain static host does (scripts/static-server.ts: `a` → `a/`, 404 otherwise).
// Set SITE_BASE=/sub/ to test the site deployed under a sub-path.
const PORT = 4321;
const BASE = process.env['SITE_BASE'] ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro build && npx tsx scripts/static-server.ts dist ${BASE} ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
  },
});
