import { describe, expect, it } from 'vitest';
import { backLinkLabel, citedParagraphCount, groupBackReferences, groupByPage, type PageCitation } from './back-references';

const cite = (pageId: string, note: number, refId: string, sourceId: string, paragraphId: string): PageCitation => ({
  pageId,
  pageTitle: pageId === 'rules' ? 'Bank rules' : 'Audits',
  note,
  refId,
  sourceId,
  paragraphId,
});

describe('groupBackReferences', () => {
  const index = groupBackReferences([
    cite('rules', 7, 'fnref-cite-7', 'cluley', 'p4'),
    cite('rules', 7, 'fnref-cite-7-2', 'cluley', 'p4'),
    cite('rules', 7, 'fnref-cite-7', 'cluley', 'p4'),
    cite('audits', 2, 'fnref-cite-2', 'cluley', 'p4'),
    cite('rules', 3, 'fnref-cite-3', 'cluley', 'c2'),
    cite('rules', 3, 'fnref-cite-3', 'forum', 'p1'),
  ]);

  it('lists each note once per paragraph, with all of its references in order', () => {
    expect(index.get('cluley')?.get('p4')).toEqual([
      { pageId: 'audits', pageTitle: 'Audits', note: 2, refIds: ['fnref-cite-2'] },
      { pageId: 'rules', pageTitle: 'Bank rules', note: 7, refIds: ['fnref-cite-7', 'fnref-cite-7-2'] },
    ]);
    expect(index.get('forum')?.get('p1')).toHaveLength(1);
    expect(index.get('forum')?.get('p2')).toBeUndefined();
  });

  it('counts cited article paragraphs, not comments', () => {
    expect(citedParagraphCount(index, 'cluley')).toBe(1);
    expect(citedParagraphCount(index, 'vpnnews')).toBe(0);
  });
});

describe('backLinkLabel', () => {
  it('runs a…z then aa, ab', () => {
    expect([0, 1, 25, 26, 27].map(backLinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});

describe('groupByPage', () => {
  it('gathers notes under their page, keeping order', () => {
    const ref = (pageId: string, note: number) => ({ pageId, pageTitle: pageId.toUpperCase(), note, refIds: [`r${note}`] });
    expect(groupByPage([ref('a', 3), ref('a', 9), ref('b', 1)])).toEqual([
      { pageId: 'a', pageTitle: 'A', notes: [ref('a', 3), ref('a', 9)] },
      { pageId: 'b', pageTitle: 'B', notes: [ref('b', 1)] },
    ]);
  });
});
