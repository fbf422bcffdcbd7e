import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from './project-copy';

// A fixture corpus whose page cites two paragraphs without quotes. An `omit` rule added before
// them renumbers the source: both citations now point at other text, which only the lock sees.
let dir = '';
const lockFile = () => join(dir, 'content/citations.lock');
const lockedText = () =>
  Object.fromEntries(Object.entries(JSON.parse(readFileSync(lockFile(), 'utf8')).passages as Record<string, { text: string }>).map(([k, v]) => [k, v.text]));
const updateLock = () => {
  const result = spawnSync('npm', ['run', 'lock:update'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

beforeAll(() => {
  dir = copyProject('lock', { content: 'tests/fixtures/lock' });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('citation lock', () => {
  it('is written by the first build, with every cited passage', () => {
    const first = buildCopy(dir);
    expect(first.status, first.output).toBe(0);
    expect(lockedText()).toEqual({
      'almanac p2': 'The highest tide of the month is expected on Thursday morning.',
      'almanac p3': 'Boats moored on the outer wall should be moved before Wednesday night.',
    });
  });

  it('stops the build when a curation change renumbers the cited paragraphs, naming each citation', () => {
    const meta = join(dir, 'content/sources/almanac.yaml');
    writeFileSync(meta, `${readFileSync(meta, 'utf8')}  - { rule: omit, lines: 5, why: "editor's note" }\n`);
    const renumbered = buildCopy(dir);
    expect(renumbered.status).not.toBe(0);
    expect(renumbered.output).toContain(
      'content/pages/index.md:11:48  The passage this citation points at changed since the citation lock was written: almanac ¶2 said “The highest tide of the month is expected on Thursday morning.” and now says “Boats moored on the outer wall should be moved before Wednesday night.”. The old text is now ¶1.',
    );
    expect(renumbered.output).toContain('hint: If the citation meant the old text, cite [@almanac ¶1].');
    expect(renumbered.output).toContain(
      'content/pages/index.md:13:61  The passage this citation points at changed since the citation lock was written: almanac ¶3 said “Boats moored',
    );
    expect(renumbered.output).toMatch(/and now says “The harbour office will publish corrected tables next month\.”\. The old text is now ¶2\./);
    // The failed build leaves the lock as it was.
    expect(lockedText()['almanac p2']).toBe('The highest tide of the month is expected on Thursday morning.');
  });

  it('passes once the author has reviewed the change and updated the lock', () => {
    const update = updateLock();
    expect(update.status, update.output).toBe(0);
    expect(lockedText()).toEqual({
      'almanac p2': 'Boats moored on the outer wall should be moved before Wednesday night.',
      'almanac p3': 'The harbour office will publish corrected tables next month.',
    });
    const again = buildCopy(dir);
    expect(again.status, again.output).toBe(0);
  });
});
