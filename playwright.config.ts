import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: npm cannot download browsers on these machines. The flags keep it from
// reaching for Google's hosts, which the closed network refuses.
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const port = Number(process.env.E2E_PORT ?? 4321);
// DIST_DIR (with CONTENT_DIR, read by tests/e2e/support) runs the suite against another corpus's build.
const dist = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Serves the already-built dist/ (npm test builds first) the way a static host would.
    command: `node tests/support/static-server.mjs --dir ${JSON.stringify(dist)} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
