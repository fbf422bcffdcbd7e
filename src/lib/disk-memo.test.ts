import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskStamp, holdDiskReads, readOnce } from './disk-memo';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'disk-memo-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('readOnce', () => {
  it('reads a folder once while nothing in it changes', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'one');
    let reads = 0;
    const read = () => readOnce('test', dir, () => (reads += 1));
    expect([read(), read(), read()]).toEqual([1, 1, 1]);
  });

  it('reads again after a file is changed, added or removed', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'one');
    let reads = 0;
    const read = () => readOnce('test', dir, () => (reads += 1));
    read();
    writeFileSync(join(dir, 'a.txt'), 'two!');
    expect(read()).toBe(2);
    writeFileSync(join(dir, 'b.txt'), 'new');
    expect(read()).toBe(3);
    rmSync(join(dir, 'b.txt'));
    expect(read()).toBe(4);
  });

  it('keeps one entry per kind and path', () => {
    const dir = folder();
    expect(readOnce('a', dir, () => 'first')).toBe('first');
    expect(readOnce('b', dir, () => 'second')).toBe('second');
    expect(readOnce('a', dir, () => 'third')).toBe('first');
  });

  it('does not remember a read that threw', () => {
    const dir = folder();
    expect(() =>
      readOnce('throws', dir, () => {
        throw new Error('bad');
      }),
    ).toThrow('bad');
    expect(readOnce('throws', dir, () => 'fine')).toBe('fine');
  });
});

describe('diskStamp', () => {
  it('changes with a file’s modification time and says when a path is missing', () => {
    const dir = folder();
    const file = join(dir, 'a.txt');
    expect(diskStamp(file)).toBe('missing');
    writeFileSync(file, 'x');
    const before = diskStamp(file);
    utimesSync(file, new Date(0), new Date(0));
    expect(diskStamp(file)).not.toBe(before);
  });
});

describe('holdDiskReads', () => {
  it('keeps what was read for the rest of the process, without stamping the folder again', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'one');
    let reads = 0;
    const read = () => readOnce('held', dir, () => (reads += 1));
    read();
    holdDiskReads();
    try {
      writeFileSync(join(dir, 'a.txt'), 'changed during the build');
      expect(read()).toBe(1);
      // A path not read before is still read (once).
      expect(readOnce('held-other', dir, () => 'fresh')).toBe('fresh');
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('sourcebook.disk-memo.held')];
    }
  });
});
