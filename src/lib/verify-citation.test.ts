import { describe, expect, it } from 'vitest';
import type { Citation } from './parse-citations';
import { closestId, indexArchive, verifyCitation } from './verify-citation';

const index = indexArchive([
  {
    id: 'ledger',
    shortTitle: 'Ledger',
    site: 'Ledger Blog',
    date: null,
    dateline: null,
    paragraphs: [
      { id: 'p1', text: 'China has demanded that foreign firms hand over source code.' },
      { id: 'p2', text: 'The rules would require “backdoors” in products sold to Chinese banks.' },
    ],
    comments: [{ id: 'c1', author: null, paragraphs: ['First paragraph of a comment.', 'Second one.'] }],
  },
  {
    id: 'herald',
    shortTitle: 'Harbour Herald',
    site: 'Harbour Herald',
    date: '2015-03-02',
    paragraphs: [{ id: 'p1', text: 'One.' }],
    comments: [],
    dateline: 'Monday, March 2nd, 2015',
  },
]);

const cite = (sourceId: string, id: string, quote?: string): Citation => ({
  sourceId,
  passage: { kind: id.startsWith('c') ? 'comment' : 'paragraph', id },
  ...(quote === undefined ? {} : { quote }),
});

describe('verifyCitation', () => {
  it('accepts a known paragraph, with or without a quote that occurs in it', () => {
    expect(verifyCitation(index, cite('ledger', 'p2')).ok).toBe(true);
    expect(verifyCitation(index, cite('ledger', 'p2', '"backdoors" in  products')).ok).toBe(true);
  });

  it('matches quotes across the paragraphs of a reader comment', () => {
    expect(verifyCitation(index, cite('ledger', 'c1', 'a comment. Second')).ok).toBe(true);
  });

  it('rejects an unknown source and names the closest known id', () => {
    const result = verifyCitation(index, cite('ledgr', 'p1'));
    expect(result).toEqual({ ok: false, reason: 'Unknown source "ledgr".', hint: 'Did you mean "ledger"? Known sources: herald, ledger.' });
  });

  it('rejects an unknown paragraph and says which exist', () => {
    expect(verifyCitation(index, cite('ledger', 'p9'))).toMatchObject({
      ok: false,
      reason: 'Source "ledger" has no paragraph 9.',
      hint: expect.stringContaining('ledger has p1–p2 and c1–c1'),
    });
    expect(verifyCitation(index, cite('herald', 'c1'))).toMatchObject({
      ok: false,
      reason: 'Source "herald" has no reader comment 1.',
      hint: expect.stringContaining('p1–p1 and no reader comments'),
    });
  });

  it('rejects a changed word and shows the closest passage', () => {
    const result = verifyCitation(index, cite('ledger', 'p2', 'require backdoors in products sold to Chinese firms'));
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringContaining('do not occur in ledger ¶2'),
      hint: expect.stringContaining('Closest match in ¶2: “require “backdoors” in products sold to Chinese banks.”'),
    });
  });

  it('points to the right paragraph when the words are in another one', () => {
    const result = verifyCitation(index, cite('ledger', 'p2', 'hand over source code'));
    expect(result).toMatchObject({ ok: false, hint: 'These words occur in ¶1 of ledger; cite [@ledger ¶1].' });
  });

  it('does not fold case or spelling', () => {
    expect(verifyCitation(index, cite('ledger', 'p1', 'china has demanded')).ok).toBe(false);
  });
});

describe('closestId', () => {
  it('suggests only plausible typos', () => {
    expect(closestId('Ledger', ['ledger', 'forum'])).toBe('ledger');
    expect(closestId('reuters', ['ledger', 'forum'])).toBeUndefined();
  });
});

describe('verifyCitation: datelines', () => {
  const dateline = (sourceId: string, quote?: string): Citation => ({
    sourceId,
    passage: { kind: 'dateline', id: 'dateline' },
    ...(quote === undefined ? {} : { quote }),
  });

  it('checks quotes against the date line a source prints', () => {
    expect(verifyCitation(index, dateline('herald', 'March 2nd, 2015')).ok).toBe(true);
    expect(verifyCitation(index, dateline('herald', 'March 3rd, 2015'))).toMatchObject({
      ok: false,
      reason: 'The quoted words do not occur in herald dateline: “March 3rd, 2015”.',
    });
  });

  it('says so when a source has no date line', () => {
    expect(verifyCitation(index, dateline('ledger'))).toMatchObject({ ok: false, reason: 'Source "ledger" has no dateline.' });
  });
});
