import { describe, expect, it } from 'vitest';
import { authorNoteSuffix, citationNoteSuffix, GENERATED_PREFIXES, noteId, parsePin, passageStem, refId, uniqueId } from './passage-ids';

describe('passageStem', () => {
  it('names a passage by its first six words, slugged', () => {
    expect(passageStem('para-', 'According to the New York Times, as quoted by Graham Cluley, the rules…')).toBe('para-according-to-the-new-york-times');
    expect(passageStem('item-', 'What vendors must do: hand over source code')).toBe('item-what-vendors-must-do-hand-over');
  });

  it('does not change when the rest of the passage does', () => {
    expect(passageStem('para-', 'Only one of the five texts prints its own date.')).toBe(
      passageStem('para-', 'Only one of the five texts carries a date; the others print none.'),
    );
  });

  it('keeps long words within bounds and gives wordless text an id from its content', () => {
    expect(passageStem('para-', 'Antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis x y').length).toBeLessThanOrEqual(5 + 48);
    expect(passageStem('para-', '—')).toMatch(/^para-[0-9a-z]{6}$/);
    expect(passageStem('para-', '—')).not.toBe(passageStem('para-', '–'));
  });
});

describe('uniqueId', () => {
  it('numbers later passages with the same opening words, not earlier ones', () => {
    const taken = new Set(['what-happened']);
    expect(uniqueId('para-same-start', taken)).toBe('para-same-start');
    expect(uniqueId('para-same-start', taken)).toBe('para-same-start-2');
    expect(uniqueId('what-happened', taken)).toBe('what-happened-2');
  });
});

describe('note ids', () => {
  const cited = [{ sourceId: 'gazette', paragraphId: 'p4', quote: 'fares rose' }];

  it('come from what the note cites, not where it stands', () => {
    const suffix = citationNoteSuffix(cited);
    expect(suffix).toMatch(/^gazette-p4-[0-9a-z]{4}$/);
    expect(citationNoteSuffix(cited, 12)).toMatch(/^gazette-p4-[0-9a-z]{12}$/);
    expect(citationNoteSuffix([...cited])).toBe(suffix);
    expect(noteId(suffix)).toBe(`note-${suffix}`);
    expect(refId(suffix, 1)).toBe(`ref-${suffix}`);
    expect(refId(suffix, 2)).toBe(`ref-${suffix}-2`);
  });

  it('differ when the quote, passage or order of citations differs', () => {
    const other = [{ sourceId: 'gazette', paragraphId: 'p5' }];
    const ids = new Set([
      citationNoteSuffix(cited),
      citationNoteSuffix([{ ...cited[0]!, quote: 'fares fell' }]),
      citationNoteSuffix([{ sourceId: 'gazette', paragraphId: 'p4' }]),
      citationNoteSuffix([...cited, ...other]),
      citationNoteSuffix([...other, ...cited]),
    ]);
    expect(ids.size).toBe(5);
  });

  it('keep an author footnote label', () => {
    expect(authorNoteSuffix('vpn-date')).toBe('vpn-date');
    expect(() => citationNoteSuffix([])).toThrow();
  });
});

describe('parsePin', () => {
  it('splits a trailing {#id} off, also escaped for MDX', () => {
    expect(parsePin('What happened {#what-happened}')).toEqual({ text: 'What happened', id: 'what-happened' });
    expect(parsePin('What happened \\{#events}')).toEqual({ text: 'What happened', id: 'events' });
    expect(parsePin('No pin here')).toBeUndefined();
    expect(parsePin('A {#pin} in the middle')).toBeUndefined();
  });

  it('refuses ids that are not slugs or that look generated', () => {
    expect(parsePin('Title {#Bad Id}')).toBeUndefined();
    expect(parsePin('Title {#Bad_Id}')).toMatchObject({ problem: expect.stringContaining('not a valid id') });
    for (const prefix of GENERATED_PREFIXES)
      expect(parsePin(`Title {#${prefix}x}`)).toMatchObject({ problem: expect.stringContaining('kept for ids the site generates') });
  });
});
