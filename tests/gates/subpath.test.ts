import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawlGate } from './crawl';
import { buildEnv, runCommand } from './lib/run-command';
import { siteContext } from './lib/site-context';
import { checkLinks } from './links';

/**
 * The site is deployed under sub-paths: build the real content with SITE_BASE=/sub/ (in a copy of
 * the project, so the working dist/ and content cache are untouched) and check every link and a
 * crawl through nginx serving it at /sub/.
 */
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sourcebook-subpath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build under SITE_BASE=/sub/', () => {
  it('has no broken link or fragment and no 404 when served at /sub/', async () => {
    for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) cpSync(join(root, f), join(dir, f), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const { code, stdout, stderr } = await runCommand(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'out')],
      { cwd: dir, env: buildEnv({ SITE_BASE: '/sub/' }) },
    );
    expect(code, stdout + stderr).toBe(0);

    const ctx = siteContext(join(dir, 'out'));
    expect(ctx.base).toBe('/sub/');
    const links = checkLinks(ctx);
    expect(links.findings).toEqual([]);
    expect(links.counts['links checked']).toBeGreaterThan(10);
    expect(links.counts['fragments checked']).toBeGreaterThan(0);

    const crawl = await crawlGate.run(ctx);
    expect(crawl.findings).toEqual([]);
    expect(crawl.counts['pages reached']).toBe(crawl.counts['pages built']);
  }, 180_000);
});
