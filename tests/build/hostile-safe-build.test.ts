import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy';

// Careless commands and interrupted builds against scripts/safe-build.mjs, in a copy of the project
// with the small fixture corpus: after each, the last good dist/ is byte for byte what it was,
// content/ is intact, and no dist.building-* / dist.retired-* folder is left.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

let dir = '';
let good: Record<string, string> = {};
let content: Record<string, string> = {};
const node = join(process.cwd(), 'node_modules/node/bin/node');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, name);
    if (statSync(path).isFile()) out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const strays = (root = dir) => readdirSync(root).filter((n) => /\.(building|retired)-/.test(n));
const build = (args: string[] = [], options: { uid?: number; gid?: number } = {}) => {
  const result = spawnSync(node, ['scripts/safe-build.mjs', ...args], { cwd: dir, encoding: 'utf8', env, ...options });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const start = (): ChildProcess => spawn(node, ['scripts/safe-build.mjs'], { cwd: dir, env, detached: true, stdio: 'ignore' });
const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Processes of the group still running; zombies (exited, not yet reaped by init) do not count. */
const groupAlive = (pgid: number) => {
  const ps = spawnSync('ps', ['-o', 'stat=,cmd=', '-g', String(pgid)], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((line) => line.trim() && !line.trim().startsWith('Z')).length > 0;
};

/** Waits until the build is writing its pages into the staging folder. */
async function whenWriting(): Promise<void> {
  for (let i = 0; i < 1200; i += 1) {
    const staging = strays().find((n) => n.startsWith('dist.building-'));
    if (staging && existsSync(join(dir, staging, 'fares'))) return;
    await sleep(25);
  }
  throw new Error('the build never started writing');
}

function assertIntact() {
  expect(strays(), 'no staging folder is left').toEqual([]);
  expect(hashTree(join(dir, 'dist')), 'the last good dist/ is untouched').toEqual(good);
  expect(hashTree(join(dir, 'content')), 'content/ is untouched').toEqual(content);
}

beforeAll(() => {
  dir = copyProject('safe-build', { content: 'tests/fixtures/hostile/_corpus' });
  const first = build();
  expect(first.status, first.output).toBe(0);
  good = hashTree(join(dir, 'dist'));
  content = hashTree(join(dir, 'content'));
});

afterAll(() => {
  if (dir && !process.env['KEEP_BUILD_TEST_DIR']) {
    spawnSync('chmod', ['-R', 'u+w', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('--outDir', () => {
  it('--outDir=dist2 builds into dist2 and leaves dist/ alone', () => {
    const result = build(['--outDir=dist2']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Build swapped into ${join(dir, 'dist2')}.`);
    expect(Object.keys(hashTree(join(dir, 'dist2'))).sort()).toEqual(Object.keys(good).sort());
    expect(strays()).toEqual([]);
    assertIntact();
    rmSync(join(dir, 'dist2'), { recursive: true });
  });

  for (const target of ['content', 'content/pages', 'src', '.', '..', 'public', 'README.md']) {
    it(`refuses --outDir ${target}, deleting nothing`, () => {
      const result = build(['--outDir', target]);
      expect(result.status).toBe(2);
      expect(result.output).toMatch(/Build refused: --outDir .* (is or contains the project folder|source folder|is a file)/);
      expect(result.output).toMatch(/\n {2}hint: /);
      assertIntact();
      expect(existsSync(join(dir, 'src/pages'))).toBe(true);
    });
  }
});

describe('interrupted builds', () => {
  it('SIGINT to the wrapper stops the Astro child and removes the staging folder', async () => {
    const child = start();
    const done = exited(child);
    await whenWriting();
    process.kill(child.pid!, 'SIGINT');
    expect((await done).code).toBe(130);
    await sleep(1500);
    expect(groupAlive(child.pid!), 'no process of the build is left running').toBe(false);
    assertIntact();
  });

  it('SIGINT to the whole process group (Ctrl-C) also cleans up', async () => {
    const child = start();
    const done = exited(child);
    await whenWriting();
    process.kill(-child.pid!, 'SIGINT');
    expect((await done).code).toBe(130);
    await sleep(1500);
    expect(groupAlive(child.pid!)).toBe(false);
    assertIntact();
  });

  it('sweeps staging folders left by a build that died (SIGKILL) at the next start', async () => {
    const child = start();
    const done = exited(child);
    await whenWriting();
    process.kill(-child.pid!, 'SIGKILL');
    await done;
    expect(strays().length, 'SIGKILL cannot be handled: the folder stays until the next build').toBe(1);
    const result = build();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/Removed dist\.building-\d+-\d+, left by an interrupted build\./);
    assertIntact();
  });

  it('two builds at once both finish and leave one good dist/', async () => {
    const [a, b] = [start(), start()];
    const results = await Promise.all([exited(a), exited(b)]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    assertIntact();
  });
});

describe('a read-only dist/ built by a non-root user', () => {
  const user = 'sourcebook-build';
  const id = () => spawnSync('id', ['-u', user], { encoding: 'utf8' });
  // Root may write anywhere, so the case needs an ordinary user; useradd needs root.
  const canCreateUser = process.getuid?.() === 0 && (id().status === 0 || spawnSync('useradd', ['--system', '--no-create-home', user]).status === 0);

  it.runIf(canCreateUser)('is refused before building, and the old build stays whole', () => {
    const uid = Number(id().stdout.trim());
    spawnSync('chown', ['-R', `${uid}:${uid}`, dir]);
    mkdirSync(join(dir, 'node_modules/.astro'), { recursive: true });
    spawnSync('chown', ['-R', `${uid}:${uid}`, join(dir, 'node_modules/.astro')]);
    chmodSync(join(dir, 'dist'), 0o555);
    chmodSync(join(dir, 'dist/fares'), 0o555);
    try {
      const result = build([], { uid, gid: uid });
      expect(result.status, result.output).toBe(2);
      expect(result.output).toMatch(
        /Build refused: dist(\/fares)? is not writable, so the old build could not be replaced\.\n {2}hint: Make it writable \(chmod -R u\+w dist\)/,
      );
      assertIntact();
    } finally {
      chmodSync(join(dir, 'dist'), 0o755);
      chmodSync(join(dir, 'dist/fares'), 0o755);
      spawnSync('chown', ['-R', '0:0', dir]);
    }
  });

  it.runIf(canCreateUser)('builds for that user once dist/ is writable again', () => {
    const uid = Number(id().stdout.trim());
    spawnSync('chown', ['-R', `${uid}:${uid}`, dir]);
    try {
      const result = build([], { uid, gid: uid });
      expect(result.status, result.output).toBe(0);
      assertIntact();
    } finally {
      spawnSync('chown', ['-R', '0:0', dir]);
    }
  });
});
