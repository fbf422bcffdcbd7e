import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citationCacheKey, isCached, readCached, writeCached } from './format-cache';

const dir = mkdtempSync(join(tmpdir(), 'citation-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('citationCacheKey', () => {
  const items = [{ id: 'fares', title: 'Fares', URL: 'https://harbour.example/fares/' }];

  it('is the same for the same items and generator, and new when either changes', () => {
    const key = citationCacheKey('gen-1', items);
    expect(citationCacheKey('gen-1', structuredClone(items))).toBe(key);
    expect(citationCacheKey('gen-2', items)).not.toBe(key);
    expect(citationCacheKey('gen-1', [{ ...items[0], title: 'Fares, again' }])).not.toBe(key);
  });
});

describe('readCached and writeCached', () => {
  it('read what was written, and nothing before', () => {
    const key = citationCacheKey('gen', [{ id: 'a' }]);
    expect(readCached(dir, key)).toBeUndefined();
    expect(isCached(dir, key)).toBe(false);
    writeCached(dir, key, [{ html: '<i>Fares</i>' }]);
    expect(isCached(dir, key)).toBe(true);
    expect(readCached(dir, key)).toEqual([{ html: '<i>Fares</i>' }]);
  });

  it('read nothing from a file cut short, and leave no partial file', () => {
    const key = citationCacheKey('gen', [{ id: 'b' }]);
    writeCached(dir, key, 'first');
    writeFileSync(join(dir, key.slice(0, 2), `${key}.json`), '"fir');
    expect(readCached(dir, key)).toBeUndefined();
    writeCached(dir, key, 'second');
    expect(readCached(dir, key)).toBe('second');
    expect(readdirSync(join(dir, key.slice(0, 2))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
