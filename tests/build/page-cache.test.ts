import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from './project-copy';

// A corpus of its own: two sources, three pages. `almanac` is cited by two pages (index,
// moorings), `ferry` by two (moorings, ferries); moorings links to ferries.
let dir = '';
const file = (path: string) => join(dir, path);
const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));
const built = (route: string) => readFileSync(file(`dist/${route}index.html`), 'utf8');
/** A built page's <main>. */
const main = (route: string) => /<main[\s\S]*<\/main>/.exec(built(route))![0];

/** The pages the content layer rendered in a build, from the pages loader's log line. */
const renderedIn = (output: string): string[] | undefined => {
  const match = /\[sourcebook-pages\] (\d+) pages rendered(?: \(([^)]*)\))?, (\d+) unchanged from the cache/.exec(output);
  if (!match) return undefined;
  return match[2] ? match[2].split(', ').sort() : [];
};
/** Every located error a build printed (`file:line:col  reason` with its hint), sorted: pages render concurrently. */
const errorsIn = (output: string) =>
  output
    .split('\n')
    .flatMap((line, i, lines) => (/^\S+:\d+:\d+ {2}/.test(line) ? [`${line}\n${/^ {2}hint: /.test(lines[i + 1] ?? '') ? lines[i + 1] : ''}`] : []))
    .sort();
const clearCache = () => rmSync(file('node_modules/.astro/data-store.json'), { force: true });

beforeAll(() => {
  dir = copyProject('page-cache', { content: 'tests/fixtures/page-cache' });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pages kept between builds', () => {
  let first = '';
  let firstPage = '';

  it('renders every page in a first build, and none again when nothing changed', () => {
    const build = buildCopy(dir);
    expect(build.status, build.output).toBe(0);
    expect(renderedIn(build.output)).toEqual(['ferries', 'index', 'moorings']);
    first = main('moorings/');
    firstPage = built('moorings/');
    const again = buildCopy(dir);
    expect(again.status, again.output).toBe(0);
    expect(renderedIn(again.output)).toEqual([]);
    expect(main('moorings/')).toBe(first);
  });

  it('renders only the page that was edited', () => {
    edit('content/pages/ferries.md', (t) => t.replace('There is no evening ferry on Sundays.', 'On Sundays there is no evening ferry.'));
    const build = buildCopy(dir);
    expect(build.status, build.output).toBe(0);
    expect(renderedIn(build.output)).toEqual(['ferries']);
    expect(main('ferries/')).toContain('On Sundays there is no evening ferry.');
    // The other pages are the same files, byte for byte (nothing in them names the build), so a
    // service worker or the offline edition keeps them.
    expect(built('moorings/')).toBe(firstPage);
  });

  it('renders every page citing a source whose metadata changed, and only those', () => {
    edit('content/sources/ferry.yaml', (t) => t.replace('site: Harbour Almanac', 'site: Harbour Almanac Weekly'));
    const build = buildCopy(dir);
    expect(build.status, build.output).toBe(0);
    expect(renderedIn(build.output)).toEqual(['ferries', 'moorings']);
    expect(main('moorings/')).not.toBe(first);
  });

  it('fails a cached build after a curation change exactly as a clean build fails', () => {
    const meta = 'content/sources/almanac.yaml';
    const before = readFileSync(file(meta), 'utf8');
    // An omitted line before the cited paragraphs renumbers them: the lock sees both citations move.
    writeFileSync(file(meta), `${before}  - { rule: omit, lines: 5, why: "editor's note" }\n`);
    const cached = buildCopy(dir);
    expect(cached.status).not.toBe(0);
    expect(renderedIn(cached.output)).toEqual(['index', 'moorings']);
    clearCache();
    const clean = buildCopy(dir);
    expect(clean.status).not.toBe(0);
    expect(errorsIn(cached.output).length).toBeGreaterThan(0);
    expect(errorsIn(cached.output)).toEqual(errorsIn(clean.output));
    // A failed build keeps nothing it rendered: built again unchanged, it fails again the same way.
    const again = buildCopy(dir);
    expect(again.status).not.toBe(0);
    expect(renderedIn(again.output)).toEqual(['ferries', 'index', 'moorings']);
    expect(errorsIn(again.output)).toEqual(errorsIn(clean.output));
    writeFileSync(file(meta), before);
    const restored = buildCopy(dir);
    expect(restored.status, restored.output).toBe(0);
  });

  it('still checks the links of a page taken from the cache', () => {
    renameSync(file('content/pages/ferries.md'), file('content/pages/ferry-times.md'));
    const build = buildCopy(dir);
    expect(build.status).not.toBe(0);
    expect(renderedIn(build.output)).toEqual(['ferry-times']);
    expect(build.output).toMatch(/content\/pages\/moorings\.md:\d+:\d+ {2}Dead link \.\.\/ferries\//);
  });
});
