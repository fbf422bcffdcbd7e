import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

/**
 * What is cleared before each timed build, so every run is a full build: Astro's content layer
 * store (`node_modules/.astro/data-store.json`, the "content cache" that lets a build skip unchanged
 * entries) and the generated `.astro/` folder (types, content module maps). The previous `dist/` is
 * left: our atomic build writes elsewhere and swaps, Starlight's build empties its outDir itself.
 * The OS file cache and Node's compile cache stay warm, so these are "cold-ish" runs.
 */
export const CLEARED = ['node_modules/.astro', '.astro'] as const;

export function clearBuildCaches(root: string) {
  for (const path of CLEARED) rmSync(join(root, path), { recursive: true, force: true });
}

export interface BuildTimes {
  /** Wall-clock milliseconds of each successful run. */
  times: number[];
  /** 1-minute load average before the first and after the last run (2 cores: 2.0 means busy). */
  load: [number, number];
  /** Why a run failed (the series stops at the first failure). */
  failed?: string;
}

/** Runs `command args` in `cwd` `runs` times, clearing the caches first each time. */
export function timeBuilds(runs: number, cwd: string, command: string, args: string[]): BuildTimes {
  const times: number[] = [];
  const before = loadavg()[0]!;
  for (let run = 0; run < runs; run++) {
    clearBuildCaches(cwd);
    const start = performance.now();
    const result = spawnSync(command, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const ms = performance.now() - start;
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      return {
        times,
        load: [before, loadavg()[0]!],
        failed: `exit ${result.status ?? result.signal}${result.error ? ` (${result.error.message})` : ''}:\n${output}`,
      };
    }
    times.push(ms);
  }
  return { times, load: [before, loadavg()[0]!] };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** "median 8.1 s [8.0, 8.1, 8.4] (load 0.4 → 1.6)" */
export function describeTimes(t: BuildTimes): string {
  if (!t.times.length) return `no successful run${t.failed ? `: ${t.failed}` : ''}`;
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return `median ${s(median(t.times))} s  [${t.times.map(s).join(', ')}]  (load average ${t.load[0].toFixed(1)} → ${t.load[1].toFixed(1)})`;
}
