#!/usr/bin/env node
// Builds into a fresh temporary folder and swaps it into place only when the build succeeds, so a
// failed, interrupted or refused build never destroys the last good `dist/` and leaves no stray
// folder behind (docs/quality.md, "Safe builds").
// Usage: node scripts/safe-build.mjs [--outDir dist | --outDir=dist] [extra astro build flags]
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { outDirProblem, parseOutDir, staleStagingFolders } from './safe-build-rules.mjs';

const root = resolve('.');

function refuse(reason, hint) {
  console.error(`\nBuild refused: ${reason}\n  hint: ${hint}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseOutDir(process.argv.slice(2));
} catch (error) {
  refuse(error.message, 'Write `npm run build -- --outDir <folder>` (or `--outDir=<folder>`), once.');
}
const { args } = parsed;
const outDir = resolve(root, parsed.outDir ?? 'dist');

const problem = outDirProblem(root, outDir, { exists: existsSync, isDirectory: (p) => statSync(p).isDirectory(), list: (p) => readdirSync(p) });
if (problem) refuse(problem.reason, problem.hint);

mkdirSync(dirname(outDir), { recursive: true });

// A read-only old build could be renamed but not removed, leaving the new build half-swapped.
const unwritable = firstUnwritable(outDir) ?? (canWrite(dirname(outDir)) ? undefined : dirname(outDir));
if (unwritable)
  refuse(
    `${relative(root, unwritable) || unwritable} is not writable, so the old build could not be replaced.`,
    `Make it writable (chmod -R u+w ${relative(root, outDir) || outDir}) or build elsewhere with --outDir.`,
  );

// Staging folders of builds that died without cleaning up (SIGKILL, power loss): their process is gone.
for (const stale of staleStagingFolders(basename(outDir), readdirSync(dirname(outDir)), isAlive)) {
  rmSync(join(dirname(outDir), stale), { recursive: true, force: true });
  console.log(`Removed ${stale}, left by an interrupted build.`);
}

const stamp = `${process.pid}-${Date.now()}`;
const staging = `${outDir}.building-${stamp}`;
const retired = `${outDir}.retired-${stamp}`;
const cleanUp = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
};

// Pages rendered in an earlier build stay in Astro's content store only while nothing they were
// rendered from changed, their cited sources included (src/loaders/page-loader.ts), so a cached
// page is one whose citations were verified against the archive as it is now.
// `SOURCEBOOK_FRESH=1` starts from an empty store.
if (process.env.SOURCEBOOK_FRESH === '1') {
  rmSync(resolve('node_modules/.astro/data-store.json'), { force: true });
  rmSync(resolve('node_modules/.astro/sourcebook-citations'), { recursive: true, force: true });
}

const astro = resolve('node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

// An interrupted build stops its Astro child first (a child left running would go on writing into
// the staging folder), then removes what it wrote. A second signal, or a child that does not stop
// within 10 s, escalates to SIGKILL.
let interrupted;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return child.kill('SIGKILL');
    interrupted = signal;
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

child.on('error', (error) => {
  cleanUp();
  console.error(`\nCould not start Astro: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (interrupted || signal || code !== 0) {
    cleanUp();
    const kept = existsSync(outDir) ? `The previous build in ${relative(root, outDir) || outDir} is untouched.` : 'There was no previous build.';
    console.error(`\nBuild ${interrupted ? `interrupted (${interrupted})` : 'failed'}. ${kept}`);
    const number = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[interrupted ?? signal ?? ''];
    process.exit(number ? 128 + number : code || 1);
  }
  try {
    // Two renames keep the window without a complete dist/ as short as the file system allows.
    const hadOld = existsSync(outDir);
    if (hadOld) renameSync(outDir, retired);
    try {
      renameSync(staging, outDir);
    } catch (error) {
      if (hadOld) renameSync(retired, outDir);
      throw error;
    }
    rmSync(retired, { recursive: true, force: true });
  } catch (error) {
    cleanUp();
    console.error(`\nThe build succeeded but could not be swapped into ${outDir}: ${error.message}`);
    process.exit(1);
  }
  console.log(`Build swapped into ${outDir}.`);
});

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function canWrite(path) {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first folder inside an existing build whose entries could not be removed. */
function firstUnwritable(dir) {
  if (!existsSync(dir)) return undefined;
  if (!canWrite(dir)) return dir;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const found = firstUnwritable(join(dir, entry.name));
    if (found) return found;
  }
  return undefined;
}
