import { describe, expect, it } from 'vitest';
import type { Citation } from './parse-citations';
import { citedAs, closestId, indexArchive, passageLabel, verifyCitation, type ResolvedCitation } from './verify-citation';

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
  locator: { kind: 'passage', passage: { kind: id.startsWith('c') ? 'comment' : 'paragraph', id } },
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
    locator: { kind: 'passage', passage: { kind: 'dateline', id: 'dateline' } },
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

// A licence-like text with a hand-written structure, as the archive records headings (src/schemas/archived-source.ts):
// "Preamble" unnumbered, § 1 with two paragraphs, § 2 with one of its own and § 2.1 inside it, § 3 with none.
const licence = indexArchive([
  {
    id: 'lic',
    shortTitle: 'Licence',
    site: 'Example Foundation',
    date: '2004-01',
    dateline: null,
    sections: [
      { id: 's-preamble', number: null, title: 'Preamble', parent: null },
      { id: 's1', number: '1', title: '1. Definitions.', parent: null },
      { id: 's2', number: '2', title: '2. Grant of Licence.', parent: null },
      { id: 's2.1', number: '2.1', title: '2.1 Patents.', parent: 's2' },
      { id: 's3', number: '3', title: '3. Termination.', parent: null },
    ],
    paragraphs: [
      { id: 'p1', text: 'This licence lets anyone copy the work.', section: 's-preamble' },
      { id: 'p2', text: '“Work” means the text this licence covers.', section: 's1' },
      { id: 'p3', text: '“You” means the person who copies the work.', section: 's1' },
      { id: 'p4', text: 'Each contributor grants you a copyright licence.', section: 's2' },
      { id: 'p5', text: 'Each contributor grants you a royalty-free patent licence.', section: 's2.1' },
    ],
    comments: [],
  },
]);
const at = (locator: Citation['locator'], quote?: string): Citation => ({ sourceId: 'lic', locator, ...(quote === undefined ? {} : { quote }) });
const resolved = (citation: Citation) => {
  const result = verifyCitation(licence, citation);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result as ResolvedCitation;
};

describe('verifyCitation: sections', () => {
  it('resolves §2 to the section and §2 ¶2 to the 2nd paragraph inside it, counting through § 2.1', () => {
    expect(resolved(at({ kind: 'section', section: '2' }))).toMatchObject({ passage: { kind: 'section', id: 's2' }, label: '§\u00A02' });
    expect(resolved(at({ kind: 'section', section: '2', paragraph: 2 }))).toMatchObject({
      passage: { kind: 'paragraph', id: 'p5' },
      label: '§\u00A02, ¶\u00A02',
      text: 'Each contributor grants you a royalty-free patent licence.',
    });
    expect(resolved(at({ kind: 'section', section: '2.1', paragraph: 1 })).passage.id).toBe('p5');
  });

  it('checks a quote against the paragraphs of the section, one at a time', () => {
    expect(resolved(at({ kind: 'section', section: '1' }, 'means the person')).passage.id).toBe('s1');
    expect(resolved(at({ kind: 'section', section: '2' }, 'royalty-free patent licence')).passage.id).toBe('s2');
    // Words across two paragraphs are not a verbatim quote of either.
    expect(verifyCitation(licence, at({ kind: 'section', section: '1' }, 'covers. “You” means'))).toMatchObject({
      ok: false,
      reason: 'The quoted words do not occur in lic §1: “covers. “You” means”.',
    });
  });

  it('says where the words are when they are in another section', () => {
    expect(verifyCitation(licence, at({ kind: 'section', section: '1', paragraph: 1 }, 'copyright licence'))).toMatchObject({
      ok: false,
      reason: 'The quoted words do not occur in lic §1 ¶1: “copyright licence”.',
      hint: 'These words occur in §2 ¶1 of lic; cite [@lic §2 ¶1].',
    });
  });

  it('rejects an unknown section, naming the sections there are and the near miss', () => {
    expect(verifyCitation(licence, at({ kind: 'section', section: '2.11' }))).toEqual({
      ok: false,
      reason: 'Source "lic" has no section §2.11.',
      hint: 'Did you mean §2.1? Its numbered sections are §1, §2, §2.1, §3. See /sources/lic/.',
    });
    // A one-digit number is a neighbour of every other: no guess.
    expect(verifyCitation(licence, at({ kind: 'section', section: '4' }))).toMatchObject({
      hint: 'Its numbered sections are §1, §2, §2.1, §3. See /sources/lic/.',
    });
  });

  it('rejects a paragraph past the end of its section, with the count', () => {
    expect(verifyCitation(licence, at({ kind: 'section', section: '1', paragraph: 3 }))).toEqual({
      ok: false,
      reason: 'Section §1 of lic has 2 paragraphs, so §1 ¶3 names none.',
      hint: 'Cite §1 ¶1–¶2, or the whole section as [@lic §1]. See /sources/lic/#s1.',
    });
    expect(verifyCitation(licence, at({ kind: 'section', section: '3', paragraph: 1 }))).toMatchObject({
      ok: false,
      reason: 'Section §3 of lic has no paragraphs, so §3 ¶1 names none.',
      hint: 'Cite the whole section as [@lic §3]. See /sources/lic/#s3.',
    });
  });

  it('says so when a source has no numbered headings at all', () => {
    expect(verifyCitation(index, { sourceId: 'ledger', locator: { kind: 'section', section: '1' } })).toMatchObject({
      ok: false,
      reason: 'Source "ledger" has no section §1: its text has no numbered headings.',
      hint: expect.stringContaining('ledger has p1–p2 and c1–c1'),
    });
  });

  it('writes section anchors as § in errors', () => {
    expect(passageLabel(licence.get('lic')!, 's2.1')).toBe('§2.1');
    expect(passageLabel(licence.get('lic')!, 'p4')).toBe('¶4');
  });
});

describe('verifyCitation: a quote alone', () => {
  it('finds the one paragraph that holds the words, and names it within its section', () => {
    const found = resolved(at({ kind: 'quote' }, 'royalty-free patent licence'));
    expect(found).toMatchObject({ passage: { kind: 'paragraph', id: 'p5' }, label: '§\u00A02.1, ¶\u00A01' });
    expect(citedAs(at({ kind: 'quote' }, 'royalty-free patent licence'), found)).toBe('lic §2.1 ¶1');
    // Outside any numbered section, the global number.
    expect(resolved(at({ kind: 'quote' }, 'lets anyone copy')).label).toBe('¶1');
    // Quote marks and spacing may differ, as in every quote check.
    expect(resolved(at({ kind: 'quote' }, '"Work"  means')).passage.id).toBe('p2');
  });

  it('finds a reader comment too, and works for a text without sections', () => {
    expect(verifyCitation(index, { sourceId: 'ledger', locator: { kind: 'quote' }, quote: 'Second one' })).toMatchObject({
      ok: true,
      passage: { kind: 'comment', id: 'c1' },
      label: 'c1',
    });
    expect(verifyCitation(index, { sourceId: 'ledger', locator: { kind: 'quote' }, quote: 'hand over source code' })).toMatchObject({ ok: true, label: '¶1' });
  });

  it('lists every candidate when the words occur in several passages', () => {
    expect(verifyCitation(licence, at({ kind: 'quote' }, 'Each contributor grants you'))).toEqual({
      ok: false,
      reason: 'The quoted words occur in 2 passages of lic, so the quote alone does not say which is meant: “Each contributor grants you”.',
      hint:
        'Add the locator of the one you mean, e.g. [@lic §2 ¶1 "Each contributor grants you"], or quote more words. ' +
        'They occur in §2 ¶1 “Each contributor grants you a copyright licence.”; §2.1 ¶1 “Each contributor grants you a royalty-free patent licence.”.',
    });
  });

  it('shows the closest passage when the words occur nowhere', () => {
    expect(verifyCitation(licence, at({ kind: 'quote' }, 'a royalty-free copyright licence'))).toEqual({
      ok: false,
      reason: 'The quoted words do not occur in any passage of lic: “a royalty-free copyright licence”.',
      hint: expect.stringMatching(/^Closest match in §2(\.1)? ¶1: “/),
    });
  });

  it('still rejects invisible characters and quotes cut out of a word', () => {
    expect(verifyCitation(licence, at({ kind: 'quote' }, 'royalty\u200B-free')).ok).toBe(false);
    expect(verifyCitation(licence, at({ kind: 'quote' }, 'yalty-free patent'))).toMatchObject({ ok: false, reason: expect.stringContaining('inside a word') });
  });
});
