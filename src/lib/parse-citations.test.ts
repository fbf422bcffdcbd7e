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
    const text = 'Markets.[@cluley ¶4] Next.';
    expect(ok(text)).toEqual([{ ok: true, offset: 8, length: 12, citations: [{ sourceId: 'cluley', locator: { kind: 'paragraph', id: 'p4' } }] }]);
    expect(text.slice(8, 20)).toBe('[@cluley ¶4]');
  });

  it('accepts p4 and ¶ 4 for paragraphs, c23 for comments, and normalises leading zeros', () => {
    expect(ok('[@a p4] [@a ¶ 4] [@a ¶04] [@b c23]').map((g) => g.citations[0]!.locator)).toEqual([
      { kind: 'paragraph', id: 'p4' },
      { kind: 'paragraph', id: 'p4' },
      { kind: 'paragraph', id: 'p4' },
      { kind: 'comment', id: 'c23' },
    ]);
  });

  it('reads straight and curly quotes, including inner quotes that smartypants curled', () => {
    expect(ok('[@a ¶1 "plain words"]')[0]!.citations[0]!.quote).toBe('plain words');
    expect(ok('[@a ¶1 “curly words”]')[0]!.citations[0]!.quote).toBe('curly words');
    expect(ok('[@a ¶1 “he said “no” today”]')[0]!.citations[0]!.quote).toBe('he said “no” today');
  });

  it('reads several citations in one group, across line breaks', () => {
    const [group] = ok('x.[@cluley ¶4;\n @esecurityplanet ¶2 "the words" ; @appleinsider c3]');
    expect(group!.citations).toEqual([
      { sourceId: 'cluley', locator: { kind: 'paragraph', id: 'p4' } },
      { sourceId: 'esecurityplanet', locator: { kind: 'paragraph', id: 'p2' }, quote: 'the words' },
      { sourceId: 'appleinsider', locator: { kind: 'comment', id: 'c3' } },
    ]);
  });

  it('leaves ordinary brackets and footnote-like text alone', () => {
    expect(parseCitations('See [this] and [^1] and a@b [ @x].')).toEqual([]);
  });

  it('keeps going after a malformed group', () => {
    const groups = parseCitations('[@dril] then [@cluley ¶1]');
    expect(groups.map((g) => g.ok)).toEqual([false, true]);
  });

  it.each([
    ['[@cluley]', /locator after "@cluley"/],
    ['[@cluley ¶]', /locator after "@cluley"/],
    ['[@cluley4]', /locator after "@cluley4"/],
    ['[@cluley, ¶4]', /Unexpected "," after "@cluley"/],
    ['[@ ¶4]', /source id/],
    ['[@cluley ¶4 "unclosed]', /not closed/],
    ['[@cluley ¶4 ""]', /Empty quote/],
    ['[@cluley ¶4"x"]', /space before the quote/],
    ['[@cluley ¶4 extra]', /Unexpected "e"/],
    ['[@cluley ¶4 "x" extra]', /quote .* is not closed/],
    ['[@cluley ¶4; cluley ¶5]', /Expected "@source" after ";"/],
    ['[@cluley ¶4 "words *emph', /not closed/],
    ['[@cluley ¶4', /not closed with "\]"/],
  ])('reports %s as malformed', (text, reason) => {
    const group = bad(text);
    expect(group.offset).toBe(0);
    expect(group.reason).toMatch(reason);
    expect(group.hint.length).toBeGreaterThan(10);
  });
});

describe('parseCitations: the dateline locator', () => {
  it('reads [@id dateline "words"] as a citation of the date line', () => {
    const [group] = parseCitations('Dated.[@vpnnews dateline "April 23rd, 2015"]');
    expect(group).toMatchObject({ ok: true, citations: [{ sourceId: 'vpnnews', locator: { kind: 'dateline', id: 'dateline' }, quote: 'April 23rd, 2015' }] });
  });

  it('does not take a longer word for the locator', () => {
    expect(parseCitations('[@vpnnews datelines]')[0]?.ok).toBe(false);
  });
});
