import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clearBuildCaches } from './build-time';
import { peakPerPhase, sampleRss, type RssSample } from './rss-sampler';

/**
 * One build, timed phase by phase from its own log: each output line is stamped when it arrives,
 * and a phase runs from the line that opens it to the line that opens the next. GNU time wraps the
 * command for CPU time (user + system, children included) and peak RSS (the largest process).
 */
export interface PhasedBuild {
  ok: boolean;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  phases: Record<Phase, number>;
  /** The build's process tree, summed, at its largest in each phase (sampled every 0.5 s; 0 where a phase had no sample). */
  phasePeakRssMb: Record<Phase, number>;
  /** Every reading, for lining up with the log (`output`'s lines are stamped alike, from the spawn). */
  rss: RssSample[];
  output: string;
  /** Each output line, stamped when it arrived (ms from the spawn). */
  lines: Array<{ at: number; text: string }>;
}

export const PHASES = ['start-up', 'content sync', 'bundling', 'rendering', 'search index', 'offline edition'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The line that opens each phase (Astro 7's log, Starlight's and our integrations'). Content sync
 * includes citation verification and Markdown rendering: both run in the content layer, inside
 * Astro's "Syncing content" step, and log nothing of their own.
 */
const OPENS: Array<[Phase, RegExp]> = [
  ['content sync', /\[content\] Syncing content/],
  ['bundling', /Building static entrypoints/],
  ['rendering', /generating static routes/],
  ['search index', /\[build\] ✓ Completed in|\[@astrojs\/starlight\]|Pagefind/],
  ['offline edition', /\[sourcebook:pagefind-index\]/],
];
const ENDS = /\[sourcebook:offline-service-worker\]|\[build\] \d+ page\(s\) built in|\[build\] Complete!/;

export function phasesFrom(lines: ReadonlyArray<{ at: number; text: string }>, endMs: number): Record<Phase, number> {
  const marks: Array<{ phase: Phase; at: number }> = [{ phase: 'start-up', at: 0 }];
  let end = endMs;
  for (const { at, text } of lines) {
    for (const [phase, pattern] of OPENS) {
      if (!pattern.test(text) || marks.some((m) => m.phase === phase)) continue;
      // Phases only move forward, and the search index only follows rendering (Astro prints
      // "✓ Completed" after other steps too).
      if (PHASES.indexOf(phase) <= PHASES.indexOf(marks.at(-1)!.phase)) continue;
      if (phase === 'search index' && marks.at(-1)!.phase !== 'rendering') continue;
      marks.push({ phase, at });
    }
    if (ENDS.test(text) && marks.at(-1)!.phase !== 'start-up') end = Math.min(end, at);
  }
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  marks.forEach((m, i) => (phases[m.phase] = Math.max(0, (marks[i + 1]?.at ?? end) - m.at)));
  return phases;
}

/** A full build unless `keepCaches` (then Astro's content store of the last build is used, as an author's rebuild would). */
export function timePhasedBuild(cwd: string, command: string, args: string[], keepCaches = false): Promise<PhasedBuild> {
  if (!keepCaches) clearBuildCaches(cwd);
  return new Promise((resolve) => {
    const start = performance.now();
    const lines: Array<{ at: number; text: string }> = [];
    let output = '';
    const child = spawn('/usr/bin/time', ['-f', '@@time %e %U %S %M', command, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const sampler = sampleRss(child.pid!, 500, start);
    let pending = '';
    const take = (chunk: Buffer) => {
      const at = performance.now() - start;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ at, text });
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const rss = sampler.stop();
      if (pending) lines.push({ at: wallMs, text: pending });
      const time =
        lines
          .find((l) => l.text.startsWith('@@time '))
          ?.text.split(' ')
          .slice(1)
          .map(Number) ?? [];
      const [, user = 0, sys = 0, rssKb = 0] = time;
      const phases = phasesFrom(lines, wallMs);
      const peaks = peakPerPhase(rss, phases);
      const phasePeakRssMb = Object.fromEntries(PHASES.map((p) => [p, (peaks[p]?.totalKb ?? 0) / 1024])) as Record<Phase, number>;
      resolve({ ok: code === 0, wallMs, cpuMs: (user + sys) * 1000, peakRssMb: rssKb / 1024, phases, phasePeakRssMb, rss, output, lines });
    });
  });
}

/** Bytes of every file under a folder (0 if it does not exist). */
export function folderBytes(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
      const s = statSync(join(dir, f));
      return s.isFile() ? sum + s.size : sum;
    }, 0);
  } catch {
    return 0;
  }
}
