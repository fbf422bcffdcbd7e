#!/usr/bin/env node
// `npm run lock:update`: after reviewing the citations a build named as moved or changed, rebuild
// and write content/citations.lock afresh from the passages the pages now cite.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const result = spawnSync(process.execPath, [resolve('scripts/safe-build.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, SOURCEBOOK_LOCK: 'update' },
});
process.exit(result.status ?? 1);
