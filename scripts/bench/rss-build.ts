import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PHASES, timePhasedBuild } from './phased-build';

/**
 * One build of a project folder with its memory over time: `npx tsx scripts/bench/rss-build.ts
 * <dir> [--keep-caches] [--samples=<file.tsv>]`. Prints GNU time's figures, the build's step lines
 * (not its per-route lines) each with the process tree's RSS when it arrived, and each phase's peak.
 */
const [dir, ...flags] = process.argv.slice(2);
if (!dir) throw new Error('usage: rss-build.ts <project dir> [--keep-caches] [--samples=<file.tsv>]');
const keep = flags.includes('--keep-caches');
const samplesFile = flags.find((f) => f.startsWith('--samples='))?.slice('--samples='.length);
const gb = (kb: number) => `${(kb / 1024 / 1024).toFixed(2)} GB`;
const load = loadavg()[0]!.toFixed(1);
const run = await timePhasedBuild(dir, process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], keep);
const rssAt = (at: number) => run.rss.filter((s) => s.at <= at).at(-1)?.totalKb ?? 0;
const clock = (at: number) => `${(at / 1000).toFixed(1).padStart(6)} s`;
for (const { at, text } of run.lines) {
  if (/[├└]─/.test(text) || !/\[(content|build|vite|sourcebook[^\]]*)\]|Completed|@@time|error/i.test(text)) continue;
  console.log(`${clock(at)} ${gb(rssAt(at)).padStart(8)}  ${text.slice(0, 400)}`);
}
const peak = run.rss.reduce((m, s) => (s.totalKb > m.totalKb ? s : m), run.rss[0]!);
console.log(`\n${keep ? 'rebuild' : 'full build'} ${run.ok ? 'ok' : 'FAILED'}; load average at start ${load}, at end ${loadavg()[0]!.toFixed(1)}`);
console.log(
  `wall ${(run.wallMs / 1000).toFixed(1)} s; CPU ${(run.cpuMs / 1000).toFixed(1)} s; peak RSS (GNU time, largest process) ${(run.peakRssMb / 1024).toFixed(2)} GB; sampled tree peak ${gb(peak.totalKb)} at ${clock(peak.at)}`,
);
for (const phase of PHASES)
  console.log(`  ${phase.padEnd(16)} ${(run.phases[phase] / 1000).toFixed(1).padStart(7)} s   peak ${(run.phasePeakRssMb[phase] / 1024).toFixed(2)} GB`);
if (samplesFile)
  writeFileSync(samplesFile, `ms\ttotal_kb\tlargest_kb\n${run.rss.map((s) => `${Math.round(s.at)}\t${s.totalKb}\t${s.largestKb}`).join('\n')}\n`);
