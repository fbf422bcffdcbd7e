import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawlGate } from '../gates/crawl';
import { siteContext } from '../gates/lib/site-context';
import { checkLinks } from '../gates/links';
import { buildCopy, copyProject } from './project-copy';

/**
 * The site is deployed under sub-paths: build the real content with SITE_BASE=/sub/ (in a copy of
 * the project, so the working dist/ and content cache are untouched) and check every link and a
 * crawl through nginx serving it at /sub/.
 */
const dir = copyProject('subpath');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build under SITE_BASE=/sub/', () => {
  it('has no broken link or fragment and no 404 when served at /sub/', async () => {
    const { status, output } = buildCopy(dir, { SITE_BASE: '/sub/' });
    expect(status, output).toBe(0);

    const ctx = siteContext(join(dir, 'dist'));
    expect(ctx.base).toBe('/sub/');
    const links = checkLinks(ctx);
    expect(links.findings).toEqual([]);
    expect(links.counts['links checked']).toBeGreaterThan(10);
    expect(links.counts['fragments checked']).toBeGreaterThan(0);

    const crawl = await crawlGate.run(ctx);
    expect(crawl.findings).toEqual([]);
    // Every page but the 404 page, which no link leads to (hosts serve it for unknown addresses).
    expect(crawl.counts['pages reached']).toBe(crawl.counts['pages built']! - (existsSync(join(dir, 'dist/404.html')) ? 1 : 0));
  });
});
