import { describe, expect, it } from 'vitest';
import { compareWithLock, describeChange, fingerprint, lockEntry, parseLock, serialiseLock, type CitationLock } from './citation-lock';

const passages = new Map([
  ['p1', 'Intro.'],
  ['p2', 'The tide turns at noon.'],
  ['p10', 'Later text.'],
]);

describe('compareWithLock', () => {
  const lock: CitationLock = new Map([
    ['tide p2', lockEntry('The tide turns at noon.')],
    ['tide p3', lockEntry('Intro.')],
  ]);

  it('tells new, unchanged and changed targets apart', () => {
    expect(compareWithLock(lock, 'tide', 'p1', 'Intro.', passages)).toEqual({ status: 'new' });
    expect(compareWithLock(lock, 'tide', 'p2', 'The tide turns at noon.', passages)).toEqual({ status: 'unchanged' });
    expect(compareWithLock(lock, 'tide', 'p3', undefined, passages)).toEqual({ status: 'changed', old: lockEntry('Intro.'), now: undefined, movedTo: 'p1' });
  });

  it('says where the old text went, or that it is gone', () => {
    const moved = compareWithLock(new Map([['tide p1', lockEntry('Later text.')]]), 'tide', 'p1', 'Intro.', passages);
    expect(moved).toMatchObject({ status: 'changed', movedTo: 'p10' });
    const { reason, hint } = describeChange('tide', 'p1', moved as Extract<typeof moved, { status: 'changed' }>);
    expect(reason).toBe(
      'The passage this citation points at changed since the citation lock was written: tide ¶1 said “Later text.” and now says “Intro.”. The old text is now ¶10.',
    );
    expect(hint).toContain('cite [@tide ¶10]');
    const gone = compareWithLock(new Map([['tide p1', lockEntry('Edited away.')]]), 'tide', 'p1', 'Intro.', passages);
    expect(gone).toMatchObject({ status: 'changed', movedTo: undefined });
    expect(describeChange('tide', 'p1', gone as Extract<typeof gone, { status: 'changed' }>).reason).toMatch(/The old text is no longer in the source\.$/);
  });
});

describe('parseLock and serialiseLock', () => {
  it('round-trips, sorted by source and passage number', () => {
    const lock: CitationLock = new Map([
      ['tide p10', lockEntry('b')],
      ['tide c2', lockEntry('c')],
      ['tide p2', lockEntry('a')],
      ['almanac dateline', lockEntry('d')],
    ]);
    const text = serialiseLock(lock);
    expect([...parseLock(text, 'x.lock').keys()]).toEqual(['almanac dateline', 'tide c2', 'tide p2', 'tide p10']);
    expect(parseLock(text, 'x.lock').get('tide p2')).toEqual({ sha256: fingerprint('a'), text: 'a' });
  });

  it('rejects a damaged lock with a located error', () => {
    expect(() => parseLock('{', 'content/citations.lock')).toThrow(/^content\/citations\.lock {2}The citation lock is not valid JSON/);
    expect(() => parseLock('{"passages": {"tide p1": {"text": "a"}}}', 'x.lock')).toThrow(/entry "tide p1" needs "sha256" and "text"/);
  });
});
