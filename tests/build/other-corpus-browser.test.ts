import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildCopy, copyProject, project } from './project-copy';

// The browser suite holds for any valid corpus, not only the first edition: build the fixture
// corpus and run every Playwright spec of this project against that build.
let dir = '';

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

it('the whole browser suite passes on another corpus', async () => {
  dir = copyProject('other-corpus-browser', { content: 'tests/fixtures/corpus-mini' });
  const built = buildCopy(dir);
  expect(built.status, built.output).toBe(0);
  const run = spawnSync(join(project, 'node_modules/.bin/playwright'), ['test', '--reporter=line'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', DIST_DIR: join(dir, 'dist'), CONTENT_DIR: join(dir, 'content'), E2E_PORT: String(await freePort()), FORCE_COLOR: '0' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
});
