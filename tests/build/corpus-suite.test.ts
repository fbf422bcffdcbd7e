import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../gates/lib/run-command';
import { buildCopy, copyProject, project } from './project-copy';

// The browser tests follow the corpus: the whole Playwright suite runs against a build of the
// small fixture corpus (tests/fixtures/corpus-mini: two pages, three sources, one of them a repost
// with reader comments), not the edition in content/. Every test must pass there; a test that
// needs something this corpus lacks asserts what holds instead, so none may be skipped.
let dir = '';
let results = '';
let suite: ReturnType<typeof spawnSync>;
let seconds = 0;

interface Spec {
  title: string;
  file: string;
  tests: Array<{ status: string; results: Array<{ status: string; error?: { message?: string } }> }>;
}
interface Suite {
  specs: Spec[];
  suites?: Suite[];
}
interface Report {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  suites: Suite[];
}

beforeAll(() => {
  dir = copyProject('corpus-suite', { content: 'tests/fixtures/corpus-mini' });
  const build = buildCopy(dir);
  expect(build.status, build.output).toBe(0);
  results = mkdtempSync(join(tmpdir(), 'sourcebook-corpus-suite-results-'));
  const started = Date.now();
  // Its own port beside the main suite's, so both can run on one machine.
  const port = String(Number(process.env['E2E_PORT'] ?? 4321) + 5);
  suite = spawnSync('npx', ['playwright', 'test', '--reporter=json', `--output=${join(results, 'artifacts')}`], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: buildEnv({
      DIST_DIR: join(dir, 'dist'),
      CONTENT_DIR: join(dir, 'content'),
      E2E_PORT: port,
      PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'report.json'),
      CI: '1',
    }),
  });
  seconds = (Date.now() - started) / 1000;
  console.log(`Playwright suite on the fixture corpus: ${seconds.toFixed(0)} s`);
}, 1_200_000);

afterAll(() => {
  for (const folder of [dir, results]) if (folder) rmSync(folder, { recursive: true, force: true });
});

const report = () => JSON.parse(readFileSync(join(results, 'report.json'), 'utf8')) as Report;
const titles = (suites: Suite[]): string[] => suites.flatMap((s) => [...s.specs.map((spec) => spec.title), ...titles(s.suites ?? [])]);
/** The tests that did not pass at first try, with each try's status and error, for the failure message. */
const notPassed = (suites: Suite[]): string[] =>
  suites.flatMap((s) => [
    ...s.specs.flatMap((spec) =>
      spec.tests
        .filter((t) => t.status !== 'expected')
        .map((t) => `${spec.file}: ${spec.title} [${t.status}]: ${t.results.map((r) => `${r.status} ${r.error?.message ?? ''}`.trim()).join(' | ')}`),
    ),
    ...notPassed(s.suites ?? []),
  ]);

describe('the browser suite on another corpus', () => {
  it('passes every test, skipping none', () => {
    const { stats, suites } = report();
    expect(suite.status, `${String(suite.stderr)}\n${JSON.stringify(stats)}\n${notPassed(suites).join('\n')}`).toBe(0);
    expect(stats.unexpected).toBe(0);
    expect(stats.flaky).toBe(0);
    expect(stats.skipped).toBe(0);
    expect(stats.expected).toBeGreaterThan(40);
  });

  it('ran against the fixture corpus’s pages', () => {
    // Layout and budget tests are one per built page: the fixture's pages, not the edition's.
    const all = titles(report().suites);
    expect(all).toContain('/sources/timetable/ fits a 320 px screen');
    expect(all).toContain('first view of /fares/ stays within budget');
  });
});
