import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, linkPackages, project } from './project-copy';

// `npm run new-site -- <dir>`: the generator plus an empty corpus, which builds as it is.
const parent = mkdtempSync(join(tmpdir(), 'sourcebook-new-site-'));
const dir = join(parent, 'harbour-notes');
let made: ReturnType<typeof spawnSync>;
let built: ReturnType<typeof buildCopy>;

beforeAll(() => {
  made = spawnSync('npm', ['run', '-s', 'new-site', '--', dir], { cwd: project, encoding: 'utf8' });
  if (made.status === 0) {
    linkPackages(dir);
    built = buildCopy(dir);
  }
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('npm run new-site', () => {
  it('copies the generator without the first edition’s corpus', () => {
    expect(made.status, `${made.stdout}${made.stderr}`).toBe(0);
    for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src/content.config.ts', 'scripts/safe-build.mjs'])
      expect(existsSync(join(dir, file)), file).toBe(true);
    expect(readdirSync(join(dir, 'content/sources'))).toEqual(['.gitkeep']);
    expect(readdirSync(join(dir, 'content/pages'))).toEqual(['index.md']);
    expect(existsSync(join(dir, 'tests'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({ name: 'harbour-notes' });
  });

  it('builds a site with its own title and an empty archive', () => {
    expect(built.status, built.output).toBe(0);
    const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('<title>harbour-notes</title>');
    expect(readFileSync(join(dir, 'dist/citations.json'), 'utf8')).toBe('{\n  "citations": []\n}\n');
  });

  it('refuses a folder that is not empty', () => {
    const again = spawnSync('npm', ['run', '-s', 'new-site', '--', dir], { cwd: project, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is not empty');
  });
});
