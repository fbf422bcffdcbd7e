import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { a11yGate } from './a11y';
import { crawlGate } from './crawl';
import { cspGate } from './csp';
import { htmlGate } from './html';
import { linksGate } from './links';
import { privacyGate } from './privacy';
import { siteContext } from './lib/site-context';

/**
 * Each gate must be able to fail: a tiny hand-written site with one of every kind of fault.
 * (The passing case is the real site, checked by `npm run test:gates`.)
 */
const CSP = `default-src 'none';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self';manifest-src 'self';base-uri 'self';form-action 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`;
const page = (body: string, csp = CSP) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp}"><title>Fixture</title>
<link rel="canonical" href="https://sourcebook.invalid/sub/"><link rel="stylesheet" href="/sub/faint.css"></head>
<body><main id="main">${body}</main></body></html>
`;

const dist = mkdtempSync(join(tmpdir(), 'gates-bad-'));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
};
write(
  'index.html',
  page(`<h1>Home</h1><p id="here"><a href="other/#there">ok</a> <a href="other/#gone">bad fragment</a> <a href="missing/">missing page</a> <a href="/elsewhere/">outside base</a></p>
<script src="inline-cookie.js"></script>`),
);
write('faint.css', '.faint { color: #777; background: #888; }');
write('inline-cookie.js', `document.cookie = 'tracking=1'; localStorage.setItem('visitor', 'x');`);
write(
  'other/index.html',
  page(
    `<h1>Other</h1><p id="there" class="faint" style="font-weight:bold">low contrast, inline style</p><script>console.log('inline')</script>`,
    CSP.replace("object-src 'none';", "object-src 'none'; "),
  ),
);
write(
  'nometa/index.html',
  page('<h1>No CSP</h1><p><a href="../">home</a></p>\n<img src="https://tracker.example/pixel.png" alt="pixel">').replace(/<meta http-equiv[^>]*>/, ''),
);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the gates fail on a faulty site', () => {
  const ctx = siteContext(dist);

  it('read base and origin from the canonical link', () => {
    expect(ctx).toMatchObject({ base: '/sub/', siteOrigin: 'https://sourcebook.invalid' });
  });

  it('links: missing file, missing cross-page fragment, outside the base', async () => {
    const { findings, counts } = await linksGate.run(ctx);
    expect(counts['broken links']).toBe(3);
    expect(findings.join('\n')).toContain('no element with id="gone" in other/index.html');
    expect(findings.join('\n')).toContain('no missing/index.html in the build');
    expect(findings.join('\n')).toContain('outside the base path /sub/');
  });

  it('crawl: nginx answers 404', async () => {
    const { findings } = await crawlGate.run(ctx);
    expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(/^\/sub\/missing\/: HTTP 404/), expect.stringMatching(/^\/elsewhere\/: HTTP 404/)]));
  }, 30_000);

  it('html: validators report the inline style', async () => {
    const { findings } = await htmlGate.run(ctx);
    expect(findings.join('\n')).toMatch(/Inline style is not allowed/);
  }, 60_000);

  it('browser gates: axe violation, blocked request, cookie, storage, CSP violation, missing meta', async () => {
    const a11y = await a11yGate.run(ctx);
    expect(a11y.findings.join('\n')).toMatch(/color-contrast/);
    expect(a11y.findings.join('\n')).toMatch(/\[dark, page\]/);

    const privacy = await privacyGate.run(ctx);
    expect(privacy.counts['requests blocked']).toBeGreaterThan(0);
    const text = privacy.findings.join('\n');
    expect(text).toContain('requested https://tracker.example/pixel.png (image) — blocked');
    expect(text).toContain('nometa/index.html: line 5 img[src] points off-site: https://tracker.example/pixel.png');
    expect(text).toMatch(/cookie set: .*tracking/);
    expect(text).toContain('localStorage "visitor" used');

    const csp = await cspGate.run(ctx);
    const cspText = csp.findings.join('\n');
    expect(cspText).toContain('nometa/index.html: 0 CSP <meta> tags in <head>, expected 1');
    expect(cspText).toMatch(/other\/ \[light, page\] CSP violation: script-src-elem blocked inline/);
    expect(cspText).toMatch(/other\/ \[light, page\] CSP violation: style-src-attr blocked inline/);
  }, 120_000);
});
