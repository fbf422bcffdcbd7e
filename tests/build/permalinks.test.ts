import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { slug } from 'github-slugger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermalinkManifest } from '../../src/lib/permalinks';
import { startStaticServer } from '../support/static-server.mjs';
import { buildCopy, copyProject } from './project-copy';

// The permalink guard on a copy of the project: a published heading renamed without an alias
// stops the build, naming the page and the anchor; with an alias the build passes and the old
// link still lands on the heading in a browser. The same copy checks that a sentence and a note
// added before a note leave that note's anchor as it was. The page and heading are picked from
// the copy's own manifest, so the test follows the corpus.
let dir = '';
let browser: Browser | undefined;
const manifestOf = (root: string) => JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as PermalinkManifest;

interface Pick {
  file: string;
  path: string;
  heading: string;
  id: string;
}

/** A Markdown page with a published `##` heading whose id is its slug, and a citation to reuse. */
function pickHeading(root: string): Pick {
  const manifest = manifestOf(root);
  for (const name of readdirSync(join(root, 'content/pages'))
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const path = `/${name.replace(/\.md$/, '')}/`;
    const text = readFileSync(join(root, 'content/pages', name), 'utf8');
    for (const [, heading] of text.matchAll(/^## (.+)$/gm)) {
      const id = slug(heading!);
      if (manifest.pages[path]?.includes(id)) return { file: join('content/pages', name), path, heading: heading!, id };
    }
  }
  throw new Error('No page with a published heading');
}

const notesOf = (html: string) =>
  new Map([...html.matchAll(/<li id="(note-[^"]+)">\s*<p>([\s\S]*?)<a href="#ref-/g)].map((m) => [m[2]!.replace(/<[^>]+>/g, '').trim(), m[1]!]));

let pick: Pick;
let before = '';

beforeAll(() => {
  dir = copyProject('permalinks');
  pick = pickHeading(dir);
  const baseline = buildCopy(dir);
  expect(baseline.status, baseline.output).toBe(0);
  // Built without SITE_URL, as here: the log says the addresses in files use a placeholder origin.
  expect(baseline.output).toMatch(/SITE_URL is not set: canonical URLs, .*placeholder origin/);
  before = readFileSync(join(dir, 'dist', pick.path, 'index.html'), 'utf8');
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the permalink guard', () => {
  it('stops a build that renames a published heading, naming page, anchor and fix', () => {
    const file = join(dir, pick.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`## ${pick.heading}\n`, `## ${pick.heading} (renamed)\n`));
    const result = buildCopy(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${pick.file}  The published anchor ${pick.path}#${pick.id} would vanish`);
    expect(result.output).toContain(`{#${pick.id}}`);
    expect(result.output).toContain(`"aliases": { "${pick.path}#${pick.id}"`);
  });

  it('with an alias, builds, and the old link lands on the renamed heading; an added note leaves other notes where they were', async () => {
    const manifest = manifestOf(dir);
    const newId = slug(`${pick.heading} (renamed)`);
    manifest.aliases[`${pick.path}#${pick.id}`] = `${pick.path}#${newId}`;
    // A page that moved (it gets a redirect page) and an anchor that moved to another page (a script follows it).
    const [otherPath, otherIds] = Object.entries(manifest.pages).find(([p, ids]) => p !== pick.path && ids.length > 0)!;
    manifest.pages['/a-page-that-moved/'] = [];
    manifest.aliases['/a-page-that-moved/'] = pick.path;
    manifest.pages[pick.path]!.push('an-anchor-that-moved');
    manifest.aliases[`${pick.path}#an-anchor-that-moved`] = `${otherPath}#${otherIds[0]}`;
    writeFileSync(join(dir, 'content/permalinks.json'), JSON.stringify(manifest, null, 2));
    // A new first paragraph with a note of its own (a copy of the page's first citation, with one more passage).
    const file = join(dir, pick.file);
    const text = readFileSync(file, 'utf8');
    const citation = /\[@([a-z0-9-]+) [^\]]*\]/.exec(text)!;
    const added = `An added opening sentence.[@${citation[1]} ¶1; ${citation[0].slice(1, -1)}]\n\n`;
    const body = text.indexOf('---', 3) + 4;
    writeFileSync(file, text.slice(0, body) + '\n' + added + text.slice(body));

    const result = buildCopy(dir);
    expect(result.status, result.output).toBe(0);
    const after = readFileSync(join(dir, 'dist', pick.path, 'index.html'), 'utf8');
    expect(after).toContain(`<span id="${pick.id}" class="permalink-alias"></span>`);

    // Every note that was there before keeps its id; the numbers readers see did move.
    const notesBefore = notesOf(before);
    const notesAfter = notesOf(after);
    expect(notesBefore.size).toBeGreaterThan(0);
    for (const [words, id] of notesBefore) expect(notesAfter.get(words), words).toBe(id);
    expect(notesAfter.size).toBe(notesBefore.size + 1);

    const server = await startStaticServer(join(dir, 'dist'));
    try {
      browser = await chromium.launch({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      const page = await browser.newPage();
      await page.goto(`${server.url.replace(/\/$/, '')}${pick.path}#${pick.id}`);
      await expect
        .poll(() =>
          page.evaluate((id) => {
            const box = document.getElementById(id)!.getBoundingClientRect();
            return box.top >= 0 && box.top < innerHeight;
          }, newId),
        )
        .toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      // The moved page redirects, keeping the anchor; the moved anchor follows to the other page.
      await page.goto(`${server.url.replace(/\/$/, '')}/a-page-that-moved/#${newId}`);
      await expect.poll(() => page.url()).toBe(`${server.url.replace(/\/$/, '')}${pick.path}#${newId}`);
      await page.goto(`${server.url.replace(/\/$/, '')}${pick.path}#an-anchor-that-moved`);
      await expect.poll(() => page.url()).toBe(`${server.url.replace(/\/$/, '')}${otherPath}#${otherIds[0]}`);
      // A note's old address lands on the same note text.
      const [words, id] = [...notesBefore][notesBefore.size - 1]!;
      await page.goto(`${server.url.replace(/\/$/, '')}${pick.path}#${id}`);
      expect((await page.locator(':target').innerText()).replace(/\s+/g, ' ')).toContain(
        words
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .slice(0, 40),
      );
    } finally {
      await server.close();
    }
  });
});
