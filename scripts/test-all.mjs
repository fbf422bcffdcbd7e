#!/usr/bin/env node
// `npm test`: every check in one run, in the order a failure is cheapest to find. Each step's
// time is printed; the last line is the total count of tests in the plain form CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const report = mkdtempSync(join(tmpdir(), 'sourcebook-test-'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const node = process.execPath;
const bin = (name) => join('node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const steps = [
  { name: 'types (astro check)', cmd: [bin('astro'), 'check', '--minimumSeverity', 'warning'] },
  {
    name: 'unit tests (vitest)',
    cmd: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(report, 'vitest.json')}`],
    count: 'vitest',
  },
  { name: 'build', cmd: [node, 'scripts/safe-build.mjs'] },
  {
    name: 'built-site tests (vitest)',
    cmd: [
      bin('vitest'),
      'run',
      '--config',
      'vitest.build.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${join(report, 'vitest-build.json')}`,
    ],
    count: 'vitest-build',
  },
  {
    name: 'browser tests (playwright)',
    cmd: [bin('playwright'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(report, 'playwright.json') },
    count: 'playwright',
  },
  ...(pkg.scripts['test:gates'] ? [{ name: 'quality gates', cmd: ['npm', 'run', '-s', 'test:gates'], count: 'gates' }] : []),
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
let failedStep;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = performance.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...env, ...step.env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s${result.status === 0 ? '' : ' (FAILED)'}`);
  const failedBefore = totals.failed;
  addCounts(step.count);
  if (result.status !== 0) {
    failedStep = step.name;
    // A step that failed without reporting a failed test (a type error, a gate finding) still counts.
    if (totals.failed === failedBefore) totals.failed += 1;
    break;
  }
}

function addCounts(kind) {
  const vitestReport = join(report, `${kind}.json`);
  if (kind?.startsWith('vitest') && existsSync(vitestReport)) {
    const r = JSON.parse(readFileSync(vitestReport, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
  if (kind === 'playwright' && existsSync(join(report, 'playwright.json'))) {
    const s = JSON.parse(readFileSync(join(report, 'playwright.json'), 'utf8')).stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  }
}

console.log(`\nTimings\n  ${timings.join('\n  ')}`);
if (failedStep) console.log(`\nStopped at: ${failedStep}`);
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
