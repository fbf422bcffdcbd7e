import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputHash } from './input-hash';

const dir = mkdtempSync(join(tmpdir(), 'input-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputHash', () => {
  mkdirSync(join(dir, 'content/pages'), { recursive: true });
  writeFileSync(join(dir, 'content/pages/a.md'), 'one');
  writeFileSync(join(dir, 'package-lock.json'), '{}');
  const paths = ['content', 'package-lock.json', 'missing'];

  it('is stable for the same inputs', () => {
    expect(inputHash(paths, dir)).toMatch(/^[0-9a-f]{16}$/);
    expect(inputHash(paths, dir)).toBe(inputHash(paths, dir));
  });

  it('changes when a byte or a file name changes', () => {
    const before = inputHash(paths, dir);
    writeFileSync(join(dir, 'content/pages/a.md'), 'two');
    const edited = inputHash(paths, dir);
    expect(edited).not.toBe(before);
    rmSync(join(dir, 'content/pages/a.md'));
    writeFileSync(join(dir, 'content/pages/b.md'), 'two');
    expect(inputHash(paths, dir)).not.toBe(edited);
  });
});
