import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { peakPerPhase, sampleRss } from './rss-sampler';

describe('peakPerPhase', () => {
  it('takes each phase’s largest reading, phases following one another from 0 ms', () => {
    const samples = [0, 400, 900, 1400, 1900, 2400].map((at, i) => ({ at, totalKb: [5, 9, 7, 3, 8, 1][i]!, largestKb: 0 }));
    const peaks = peakPerPhase(samples, { first: 1000, empty: 0, second: 1000, third: 1000 });
    expect(peaks.first?.totalKb).toBe(9);
    expect(peaks.empty).toBeUndefined();
    expect(peaks.second?.totalKb).toBe(8);
    expect(peaks.third?.totalKb).toBe(1);
  });
});

describe('sampleRss', () => {
  it('counts the processes below the one it watches', async () => {
    // A child that holds 64 MB: the tree's sum must exceed what the parent alone holds.
    const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => b.length, 5000)']);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const samples = sampleRss(process.pid, 50).stop();
    child.kill();
    expect(samples[0]!.totalKb - samples[0]!.largestKb).toBeGreaterThan(60 * 1024);
  });
});
