import { describe, expect, it } from 'vitest';
import type { Citation } from './parse-citations';
import { closestId, indexArchive, verifyCitation } from './verify-citation';

const index = indexArchive([
  {
    id: 'cluley',
    shortTitle: 'Cluley',
    site: 'Graham Cluley',
    date: null,
    paragraphs: [
      { id: 'p1', text: 'China has demanded that foreign firms hand over source code.' },
      { id: 'p2', text: 'The rules would require “backdoors” in products sold to Chinese banks.' },
    ],
    comments: [{ id: 'c1', paragraphs: ['First paragraph of a comment.', 'Second one.'] }],
  },
  {
    id: 'esecurityplanet',
    shortTitle: 'eSecurity Planet',
    site: 'eSecurity Planet',
    date: '2015-03-02',
    paragraphs: [{ id: 'p1', text: 'One.' }],
    comments: [],
    dateline: 'Monday, March 2nd, 2015',
  },
]);

const cite = (sourceId: string, id: string, quote?: string): Citation => ({
  sourceId,
  locator: { kind: id.startsWith('c') ? 'comment' : 'paragraph', id },
  ...(quote === undefined ? {} : { quote }),
});

describe('verifyCitation', () => {
  it('accepts a known paragraph, with or without a quote that occurs in it', () => {
    expect(verifyCitation(index, cite('cluley', 'p2')).ok).toBe(true);
    expect(verifyCitation(index, cite('cluley', 'p2', '"backdoors" in  products')).ok).toBe(true);
  });

  it('matches quotes across the paragraphs of a reader comment', () => {
    expect(verifyCitation(index, cite('cluley', 'c1', 'a comment. Second')).ok).toBe(true);
  });

  it('rejects an unknown source and names the closest known id', () => {
    const result = verifyCitation(index, cite('cluly', 'p1'));
    expect(result).toEqual({ ok: false, reason: 'Unknown source "cluly".', hint: 'Did you mean "cluley"? Known sources: cluley, esecurityplanet.' });
  });

  it('rejects an unknown paragraph and says which exist', () => {
    expect(verifyCitation(index, cite('cluley', 'p9'))).toMatchObject({
      ok: false,
      reason: 'Source "cluley" has no paragraph 9.',
      hint: expect.stringContaining('cluley has p1–p2 and c1–c1'),
    });
    expect(verifyCitation(index, cite('esecurityplanet', 'c1'))).toMatchObject({
      ok: false,
      reason: 'Source "esecurityplanet" has no reader comment 1.',
      hint: expect.stringContaining('p1–p1 and no reader comments'),
    });
  });

  it('rejects a changed word and shows the closest passage', () => {
    const result = verifyCitation(index, cite('cluley', 'p2', 'require backdoors in products sold to Chinese firms'));
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringContaining('do not occur in cluley ¶2'),
      hint: expect.stringContaining('Closest match in ¶2: “require “backdoors” in products sold to Chinese banks.”'),
    });
  });

  it('points to the right paragraph when the words are in another one', () => {
    const result = verifyCitation(index, cite('cluley', 'p2', 'hand over source code'));
    expect(result).toMatchObject({ ok: false, hint: 'These words occur in ¶1 of cluley; cite [@cluley ¶1].' });
  });

  it('does not fold case or spelling', () => {
    expect(verifyCitation(index, cite('cluley', 'p1', 'china has demanded')).ok).toBe(false);
  });
});

describe('closestId', () => {
  it('suggests only plausible typos', () => {
    expect(closestId('Cluley', ['cluley', 'forum'])).toBe('cluley');
    expect(closestId('reuters', ['cluley', 'forum'])).toBeUndefined();
  });
});

describe('verifyCitation: datelines', () => {
  const dateline = (sourceId: string, quote?: string): Citation => ({
    sourceId,
    locator: { kind: 'dateline', id: 'dateline' },
    ...(quote === undefined ? {} : { quote }),
  });

  it('checks quotes against the date line a source prints', () => {
    expect(verifyCitation(index, dateline('esecurityplanet', 'March 2nd, 2015')).ok).toBe(true);
    expect(verifyCitation(index, dateline('esecurityplanet', 'March 3rd, 2015'))).toMatchObject({
      ok: false,
      reason: 'The quoted words do not occur in esecurityplanet dateline: “March 3rd, 2015”.',
    });
  });

  it('says so when a source has no date line', () => {
    expect(verifyCitation(index, dateline('cluley'))).toMatchObject({ ok: false, reason: 'Source "cluley" has no dateline.' });
  });
});
