import { describe, expect, it } from 'vitest';
import { parseCitations, type CitationGroup, type MalformedGroup } from './parse-citations';

const ok = (text: string) => {
  const groups = parseCitations(text);
  expect(
    groups.every((g) => g.ok),
    JSON.stringify(groups),
  ).toBe(true);
  return groups as CitationGroup[];
};
const bad = (text: string) => {
  const [group] = parseCitations(text);
  expect(group?.ok).toBe(false);
  return group as MalformedGroup;
};

describe('parseCitations', () => {
  it('finds a paragraph citation and its place in the text', () => {
    const text = 'Markets.[@ledger ¶4] Next.';
    expect(ok(text)).toEqual([
      { ok: true, offset: 8, length: 12, citations: [{ sourceId: 'ledger', locator: { kind: 'passage', passage: { kind: 'paragraph', id: 'p4' } } }] },
    ]);
    expect(text.slice(8, 20)).toBe('[@ledger ¶4]');
  });

  it('accepts p4 and ¶ 4 for paragraphs, c23 for comments, and normalises leading zeros', () => {
    expect(ok('[@a p4] [@a ¶ 4] [@a ¶04] [@b c23]').map((g) => g.citations[0]!.locator)).toEqual([
      { kind: 'passage', passage: { kind: 'paragraph', id: 'p4' } },
      { kind: 'passage', passage: { kind: 'paragraph', id: 'p4' } },
      { kind: 'passage', passage: { kind: 'paragraph', id: 'p4' } },
      { kind: 'passage', passage: { kind: 'comment', id: 'c23' } },
    ]);
  });

  it('reads straight and curly quotes, including inner quotes that smartypants curled', () => {
    expect(ok('[@a ¶1 "plain words"]')[0]!.citations[0]!.quote).toBe('plain words');
    expect(ok('[@a ¶1 “curly words”]')[0]!.citations[0]!.quote).toBe('curly words');
    expect(ok('[@a ¶1 “he said “no” today”]')[0]!.citations[0]!.quote).toBe('he said “no” today');
  });

  it('reads several citations in one group, across line breaks', () => {
    const [group] = ok('x.[@ledger ¶4;\n @herald ¶2 "the words" ; @forumpost c3]');
    expect(group!.citations).toEqual([
      { sourceId: 'ledger', locator: { kind: 'passage', passage: { kind: 'paragraph', id: 'p4' } } },
      { sourceId: 'herald', locator: { kind: 'passage', passage: { kind: 'paragraph', id: 'p2' } }, quote: 'the words' },
      { sourceId: 'forumpost', locator: { kind: 'passage', passage: { kind: 'comment', id: 'c3' } } },
    ]);
  });

  it('leaves ordinary brackets and footnote-like text alone', () => {
    expect(parseCitations('See [this] and [^1] and a@b [ @x].')).toEqual([]);
  });

  it('keeps going after a malformed group', () => {
    const groups = parseCitations('[@dril] then [@ledger ¶1]');
    expect(groups.map((g) => g.ok)).toEqual([false, true]);
  });

  it.each([
    ['[@ledger]', /locator after "@ledger"/],
    ['[@ledger ¶]', /locator after "@ledger"/],
    ['[@ledger4]', /locator after "@ledger4"/],
    ['[@ledger, ¶4]', /Unexpected "," after "@ledger"/],
    ['[@ ¶4]', /source id/],
    ['[@ledger ¶4 "unclosed]', /not closed/],
    ['[@ledger ¶4 ""]', /Empty quote/],
    ['[@ledger ¶4"x"]', /space before the quote/],
    ['[@ledger ¶4 extra]', /Unexpected "e"/],
    ['[@ledger ¶4 "x" extra]', /quote .* is not closed/],
    ['[@ledger ¶4; ledger ¶5]', /Expected "@source" after ";"/],
    ['[@ledger ¶4 "words *emph', /not closed/],
    ['[@ledger ¶4', /not closed with "\]"/],
  ])('reports %s as malformed', (text, reason) => {
    const group = bad(text);
    expect(group.offset).toBe(0);
    expect(group.reason).toMatch(reason);
    expect(group.hint.length).toBeGreaterThan(10);
  });
});

describe('parseCitations: the dateline locator', () => {
  it('reads [@id dateline "words"] as a citation of the date line', () => {
    const [group] = parseCitations('Dated.[@wire dateline "April 23rd, 2015"]');
    expect(group).toMatchObject({
      ok: true,
      citations: [{ sourceId: 'wire', locator: { kind: 'passage', passage: { kind: 'dateline', id: 'dateline' } }, quote: 'April 23rd, 2015' }],
    });
  });

  it('does not take a longer word for the locator', () => {
    expect(parseCitations('[@wire datelines]')[0]?.ok).toBe(false);
  });
});

describe('parseCitations: sections and quotes alone', () => {
  const locators = (text: string) => ok(text).map((g) => g.citations[0]!.locator);

  it('reads §11, § 11, § 1.4, § 2a and § IV as sections', () => {
    expect(locators('[@gpl3 §11] [@gpl3 § 11] [@law § 1.4] [@law § 2a] [@law §IV]')).toEqual([
      { kind: 'section', section: '11' },
      { kind: 'section', section: '11' },
      { kind: 'section', section: '1.4' },
      { kind: 'section', section: '2a' },
      { kind: 'section', section: 'IV' },
    ]);
  });

  it('reads a paragraph inside a section, as lawyers write it too', () => {
    const expected = { kind: 'section', section: '11', paragraph: 3 };
    expect(locators('[@gpl3 §11 ¶3] [@gpl3 § 11 ¶ 3] [@gpl3 § 11, ¶ 3] [@gpl3 §11 p3]')).toEqual([expected, expected, expected, expected]);
  });

  it('keeps a quote after a section locator', () => {
    expect(ok('[@gpl3 §11 ¶3 "patent license"]')[0]!.citations[0]).toEqual({
      sourceId: 'gpl3',
      locator: { kind: 'section', section: '11', paragraph: 3 },
      quote: 'patent license',
    });
  });

  it('reads a quote alone as a citation of whatever passage holds the words', () => {
    expect(ok('[@gpl3 "royalty-free patent license"; @mpl “Covered Software”]')[0]!.citations).toEqual([
      { sourceId: 'gpl3', locator: { kind: 'quote' }, quote: 'royalty-free patent license' },
      { sourceId: 'mpl', locator: { kind: 'quote' }, quote: 'Covered Software' },
    ]);
  });

  it.each([
    ['[@gpl3 §]', /Expected a paragraph, section or comment locator after "@gpl3"/, /number after §/],
    ['[@gpl3 section 11]', /Expected a paragraph, section or comment locator/, /\[@gpl3 §11\]/],
    ['[@gpl3 art. 5]', /Expected a paragraph, section or comment locator/, /\[@gpl3 §5\]/],
    ['[@gpl3 s11]', /Expected a paragraph, section or comment locator/, /\[@gpl3 §11\]/],
    ['[@gpl3 para 3]', /Expected a paragraph, section or comment locator/, /\[@gpl3 ¶3\]/],
    ['[@gpl3 §11xy]', /Expected a paragraph, section or comment locator/, /number after §/],
    ['[@gpl3 §11"words"]', /space before the quote/, /./],
    ['[@gpl3 §11 ¶3 extra]', /Unexpected "e"/, /./],
    ['[@gpl3"words"]', /Expected a paragraph, section or comment locator/, /./],
  ])('reports %s with a hint that fits', (text, reason, hint) => {
    const group = bad(text);
    expect(group.reason).toMatch(reason);
    expect(group.hint).toMatch(hint);
  });
});
