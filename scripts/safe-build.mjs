#!/usr/bin/env node
// Builds into a fresh temporary folder and swaps it into place only when the build succeeds, so a
// failed build (a wrong quote, a broken source) never destroys the last good `dist/`.
// Usage: node scripts/safe-build.mjs [--outDir dist] [extra astro build flags]
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = resolve(outFlag >= 0 ? args.splice(outFlag, 2)[1] : 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const staging = `${outDir}.building-${stamp}`;
const retired = `${outDir}.retired-${stamp}`;

// Pages rendered in an earlier build are cached by Astro's content layer, keyed by their own text
// only: a page whose cited source changed would not be verified again. So every build starts from
// an empty content cache and re-checks every citation against the archive as it is now.
rmSync(resolve('node_modules/.astro/data-store.json'), { force: true });

const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `The previous build in ${outDir} is untouched.` : 'There was no previous build.';
  console.error(`\nBuild failed. ${kept}`);
  process.exit(result.status ?? 1);
}

// Two renames keep the window without a complete dist/ as short as the file system allows.
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Build swapped into ${outDir}.`);
