import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentKey, openCache } from './offline-cache';

const dir = mkdtempSync(join(tmpdir(), 'offline-cache-'));
const file = join(dir, 'cache.bin');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contentKey', () => {
  it('differs when any part differs, or parts run together differently', () => {
    expect(contentKey('a', 'b')).toBe(contentKey('a', Buffer.from('b')));
    expect(contentKey('a', 'b')).not.toBe(contentKey('a', 'c'));
    expect(contentKey('ab', 'c')).not.toBe(contentKey('a', 'bc'));
  });
});

describe('openCache', () => {
  const one = contentKey('page', '<p>one</p>');
  const two = contentKey('page', '<p>two</p>');

  it('finds in a later build what an earlier one made, under the same key only', async () => {
    const first = await openCache(file);
    expect(first.get(one)).toBeUndefined();
    first.set(one, Buffer.from('made one'));
    first.set(two, Buffer.from(''));
    await first.save();
    const second = await openCache(file);
    expect(second.get(one)?.toString()).toBe('made one');
    expect(second.get(two)?.toString()).toBe('');
    expect(second.get(contentKey('page', '<p>three</p>'))).toBeUndefined();
    expect(second.hits).toBe(2);
  });

  it('ignores what is stored when asked for a fresh start', async () => {
    expect((await openCache(file, { fresh: true })).get(one)).toBeUndefined();
  });

  it('keeps only what the last build read or made', async () => {
    const build = await openCache(file);
    build.get(two);
    await build.save();
    const next = await openCache(file);
    expect(next.get(one)).toBeUndefined();
    expect(next.get(two)?.toString()).toBe('');
  });

  it('reads a damaged file as empty', async () => {
    const build = await openCache(file);
    build.set(one, Buffer.from('made one'));
    await build.save();
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 1, bytes.length - 40);
    writeFileSync(file, bytes);
    expect((await openCache(file)).get(one)).toBeUndefined();
  });
});
