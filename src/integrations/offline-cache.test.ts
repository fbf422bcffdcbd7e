import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentKey, openCache } from './offline-cache';

const dir = mkdtempSync(join(tmpdir(), 'offline-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contentKey', () => {
  it('differs when any part differs, or parts run together differently', () => {
    expect(contentKey('a', 'b')).toBe(contentKey('a', Buffer.from('b')));
    expect(contentKey('a', 'b')).not.toBe(contentKey('a', 'c'));
    expect(contentKey('ab', 'c')).not.toBe(contentKey('a', 'bc'));
  });
});

describe('openCache', () => {
  const key = contentKey('page', '<p>one</p>');

  it('finds in a later build what an earlier one stored, under the same key only', async () => {
    const first = await openCache(dir);
    await first.set(key, Buffer.from('made'));
    const second = await openCache(dir);
    expect((await second.get(key))?.toString()).toBe('made');
    expect(await second.get(contentKey('page', '<p>two</p>'))).toBeUndefined();
    expect(second.hits).toBe(1);
  });

  it('does not use a damaged entry', async () => {
    writeFileSync(join(dir, key), Buffer.concat([Buffer.alloc(32), Buffer.from('made')]));
    expect(await (await openCache(dir)).get(key)).toBeUndefined();
  });

  it('keeps only what the last build used', async () => {
    const other = contentKey('other');
    const build = await openCache(dir);
    await build.set(other, Buffer.from('x'));
    await build.prune();
    const next = await openCache(dir);
    await next.get(other);
    await next.prune();
    expect(readdirSync(dir)).toEqual([other]);
  });
});
