import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from './project-copy';

/**
 * One folder per hostile or careless input in tests/fixtures/hostile/ (found by readdir, so a
 * case is added by adding a folder). Each holds `case.json` and a `content/` folder laid over
 * the small corpus in `_corpus/`. A case either fails the build with the messages listed (each a
 * regular expression, all of them in one build) and must leave the last good dist/ byte for byte
 * and no staging folder, or builds and its pages must hold / not hold the patterns listed.
 */
interface Case {
  expect: 'error' | 'built';
  env?: Record<string, string>;
  messages?: string[];
  pages?: Array<{ path: string; present?: string[]; absent?: string[]; count?: Record<string, number> }>;
}

// Vitest puts Vite's import.meta.env into process.env; a child build would take BASE_URL=/ from it
// and ignore SITE_BASE in Astro's own links.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

const fixtures = resolve('tests/fixtures/hostile');
const cases = readdirSync(fixtures)
  .filter((name) => !name.startsWith('_') && existsSync(join(fixtures, name, 'case.json')))
  .sort();
let dir = '';

function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, name);
    if (statSync(path).isFile()) out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

function useContent(name: string) {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(join(fixtures, '_corpus'), join(dir, 'content'), { recursive: true });
  if (existsSync(join(fixtures, name, 'content'))) cpSync(join(fixtures, name, 'content'), join(dir, 'content'), { recursive: true });
}

beforeAll(() => {
  dir = copyProject('hostile', { content: 'tests/fixtures/hostile/_corpus' });
  const good = buildCopy(dir);
  expect(good.status, good.output).toBe(0);
});

afterAll(() => {
  if (dir && !process.env['KEEP_BUILD_TEST_DIR']) rmSync(dir, { recursive: true, force: true });
});

describe('hostile and careless input', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(3));

  for (const name of cases) {
    it(name, () => {
      const spec = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case;
      useContent(name);
      const before = hashTree(join(dir, 'dist'));
      const { status, output } = buildCopy(dir, spec.env);
      const strays = readdirSync(dir).filter((n) => /^dist\.(building|retired)-/.test(n));
      expect(strays, 'no staging folder is left').toEqual([]);
      if (spec.expect === 'error') {
        expect(status, output).not.toBe(0);
        for (const message of spec.messages ?? []) expect(output).toMatch(new RegExp(message));
        expect(hashTree(join(dir, 'dist')), 'the last good dist/ is untouched').toEqual(before);
        return;
      }
      expect(status, output).toBe(0);
      for (const page of spec.pages ?? []) {
        const html = readFileSync(join(dir, 'dist', page.path, page.path.endsWith('.html') ? '' : 'index.html'), 'utf8');
        for (const pattern of page.present ?? []) expect(html, `${page.path} has ${pattern}`).toMatch(new RegExp(pattern));
        for (const pattern of page.absent ?? []) expect(html, `${page.path} lacks ${pattern}`).not.toMatch(new RegExp(pattern, 'i'));
        for (const [pattern, n] of Object.entries(page.count ?? {}))
          expect(html.match(new RegExp(pattern, 'g'))?.length ?? 0, `${page.path}: ${pattern}`).toBe(n);
      }
    });
  }
});
