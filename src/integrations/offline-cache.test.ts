import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentKey, openCache } from './offline-cache';

const dir = mkdtempSync(join(tmpdir(), 'offline-cache-'));
const file = join(dir, 'cache.bin');
const MAGIC = Buffer.from('sourcebook-cache 1\n');
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
    expect(await first.get(one)).toBeUndefined();
    await first.set(one, Buffer.from('made one'));
    await first.set(two, Buffer.from(''));
    await first.save();
    const second = await openCache(file);
    expect((await second.get(one))?.toString()).toBe('made one');
    expect((await second.get(two))?.toString()).toBe('');
    expect(await second.get(contentKey('page', '<p>three</p>'))).toBeUndefined();
    expect(second.hits).toBe(2);
  });

  it('ignores what is stored when asked for a fresh start', async () => {
    expect(await (await openCache(file, { fresh: true })).get(one)).toBeUndefined();
  });

  it('keeps only what the last build read or made', async () => {
    const build = await openCache(file);
    await build.get(two);
    await build.save();
    const next = await openCache(file);
    expect(await next.get(one)).toBeUndefined();
    expect((await next.get(two))?.toString()).toBe('');
  });

  it('reads a damaged file as empty', async () => {
    const build = await openCache(file);
    await build.set(one, Buffer.from('made one'));
    await build.save();
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 1, bytes.length - 40);
    writeFileSync(file, bytes);
    expect(await (await openCache(file)).get(one)).toBeUndefined();
  });

  it('finds again in the same build what it made there, and saves it once', async () => {
    const build = await openCache(file, { fresh: true });
    await build.set(one, Buffer.from('made one'));
    expect((await build.get(one))?.toString()).toBe('made one');
    await build.set(one, Buffer.from('made one'));
    await build.save();
    expect(readFileSync(file).length).toBe(MAGIC.length + 36 + 'made one'.length + 32);
  });

  it('reads the pack format as earlier builds wrote it (magic line, key, length, value, SHA-256 of the rest)', async () => {
    const head = Buffer.alloc(36);
    head.write(two, 'hex');
    head.writeUInt32LE(5, 32);
    const body = Buffer.concat([MAGIC, head, Buffer.from('hello')]);
    writeFileSync(file, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    expect((await (await openCache(file)).get(two))?.toString()).toBe('hello');
  });

  it('leaves the stored pack as it was when a build is discarded, and no temporary file', async () => {
    const first = await openCache(file, { fresh: true });
    await first.set(one, Buffer.from('made one'));
    await first.save();
    const temporaries = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    const before = temporaries();
    const failed = await openCache(file);
    await failed.set(two, Buffer.from('half made'));
    await failed.discard();
    const next = await openCache(file);
    expect((await next.get(one))?.toString()).toBe('made one');
    expect(await next.get(two)).toBeUndefined();
    await next.save();
    expect(temporaries()).toEqual(before);
    expect(existsSync(file)).toBe(true);
  });
});
