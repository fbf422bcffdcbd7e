import { describe, expect, it } from 'vitest';
import { phasesFrom } from './phased-build';

describe('phasesFrom', () => {
  it('times each phase from the log line that opens it to the next', () => {
    const lines = [
      [100, '[content] Syncing content'],
      [900, '[content] Synced content'],
      [1000, '[build] ✓ Completed in 6.91s.'],
      [1000, '[build] Building static entrypoints...'],
      [2000, ' generating static routes '],
      [2500, '✓ Completed in 267ms.'],
      [2600, '[build] ✓ Completed in 1.82s.'],
      [3100, '[sourcebook:pagefind-index] indexed 11 pages'],
      [3300, '[sourcebook:offline-service-worker] sw.js caches 128 files'],
      [3400, '[build] Complete!'],
    ].map(([at, text]) => ({ at: at as number, text: text as string }));
    expect(phasesFrom(lines, 3600)).toEqual({
      'start-up': 100,
      'content sync': 900,
      bundling: 1000,
      rendering: 600,
      'search index': 500,
      'offline edition': 200,
    });
  });

  it('leaves a phase the log never opens at zero', () => {
    const lines = [
      { at: 50, text: '[content] Syncing content' },
      { at: 400, text: '[build] 17 page(s) built in 1s' },
    ];
    expect(phasesFrom(lines, 500)).toMatchObject({ 'content sync': 350, bundling: 0, 'search index': 0 });
  });
});
