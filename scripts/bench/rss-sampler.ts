import { readdirSync, readFileSync } from 'node:fs';

/** `/proc/<pid>/status`'s resident set in KB, or 0 if the process is gone. */
function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Every process below `root` (its children, theirs …), from each process's parent in /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone between the listing and the read
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => (children.get(pid) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(root);
  return out;
}

/** One reading: ms since the sampler started, the tree's RSS summed and its largest process's (what GNU time's %M reports). */
export interface RssSample {
  at: number;
  totalKb: number;
  largestKb: number;
}

/**
 * Reads the resident memory of `root` and every process below it each `everyMs` (Linux only),
 * so a build's memory can be lined up with its log. `stop()` ends the sampling and returns the readings.
 */
export function sampleRss(root: number, everyMs = 500, started = performance.now()): { stop: () => RssSample[] } {
  const samples: RssSample[] = [];
  const read = () => {
    const sizes = [root, ...descendants(root)].map(rssKb);
    samples.push({ at: performance.now() - started, totalKb: sizes.reduce((a, b) => a + b, 0), largestKb: Math.max(...sizes) });
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The largest reading of each phase, phases as `phasesFrom` measured them: durations in order, one after another from 0 ms. */
export function peakPerPhase<P extends string>(samples: readonly RssSample[], phases: Readonly<Record<P, number>>): Record<P, RssSample | undefined> {
  const peaks = {} as Record<P, RssSample | undefined>;
  let from = 0;
  for (const [phase, ms] of Object.entries(phases) as Array<[P, number]>) {
    const to = from + ms;
    const within = samples.filter((s) => s.at >= from && s.at < to);
    peaks[phase] = within.reduce<RssSample | undefined>((best, s) => (!best || s.totalKb > best.totalKb ? s : best), undefined);
    from = to;
  }
  return peaks;
}
