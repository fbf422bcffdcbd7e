import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cached, citationCacheKey } from './format-cache';

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

describe('cached', () => {
  it('computes once, then reads what it wrote', () => {
    let calls = 0;
    const compute = () => (calls++, [{ html: '<i>Fares</i>' }]);
    const key = citationCacheKey('gen', [{ id: 'a' }]);
    expect(cached(dir, key, compute)).toEqual([{ html: '<i>Fares</i>' }]);
    expect(cached(dir, key, compute)).toEqual([{ html: '<i>Fares</i>' }]);
    expect(calls).toBe(1);
  });

  it('computes again over a file cut short, and leaves no partial file', () => {
    const key = citationCacheKey('gen', [{ id: 'b' }]);
    cached(dir, key, () => 'first');
    writeFileSync(join(dir, key.slice(0, 2), `${key}.json`), '"fir');
    expect(cached(dir, key, () => 'second')).toBe('second');
    expect(readdirSync(join(dir, key.slice(0, 2))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
