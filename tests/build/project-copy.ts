import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEnv } from '../gates/lib/run-command';

// Build tests work on a throwaway copy of the project, so they can change content freely.
export const project = resolve('.');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);

/**
 * Copies the project (without build output) into a temp folder. `replace` maps a folder inside
 * the copy (e.g. `content/pages`) to a fixture folder of this project that takes its place; a copy
 * with part of `content/` replaced drops the corpus's permalink manifest and citation lock.
 */
export function copyProject(prefix: string, replace: Record<string, string> = {}): string {
  const to = mkdtempSync(join(tmpdir(), `sourcebook-${prefix}-`));
  for (const name of readdirSync(project)) {
    if (SKIP.has(name) || /^dist[.-]/.test(name)) continue;
    cpSync(join(project, name), join(to, name), { recursive: true });
  }
  linkPackages(to);
  for (const [target, fixture] of Object.entries(replace)) {
    rmSync(join(to, target), { recursive: true, force: true });
    cpSync(join(project, fixture), join(to, target), { recursive: true });
  }
  // Other pages have published no links and cite other passages: the real corpus's permalink
  // manifest and citation lock do not apply to them.
  if (Object.keys(replace).some((target) => target.startsWith('content/'))) {
    for (const file of ['content/permalinks.json', 'content/citations.lock']) rmSync(join(to, file), { force: true });
  }
  return to;
}

/**
 * Gives a project folder this project's installed packages, linked one by one rather than
 * node_modules itself, so Astro's cache (node_modules/.astro) stays private to the folder.
 */
export function linkPackages(to: string): void {
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(project, 'node_modules', name), join(to, 'node_modules', name));
  }
}

/**
 * Runs `npm run build` (the atomic build) in a copy; returns the exit status and all output.
 * `args` go to the build (e.g. `--outDir`), `env` to its environment (e.g. `SITE_BASE`).
 */
export function buildCopy(cwd: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync('npm', ['run', 'build', ...(args.length ? ['--', ...args] : [])], {
    cwd,
    encoding: 'utf8',
    env: buildEnv({ ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
