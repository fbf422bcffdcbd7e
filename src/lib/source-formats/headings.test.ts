import { describe, expect, it } from 'vitest';
import { centredHeading, headingNumber, headingShape, underlineOf } from './headings';

describe('headingShape', () => {
  it.each([
    ['11. Patents.', '11', 'number', 1],
    ['  0. Definitions.', '0', 'number', 1],
    ['1.4 Scope', '1.4', 'number', 2],
    ['2.1. Grants', '2.1', 'number', 2],
    ['§ 3', '3', '§', 1],
    ['§3 Fees', '3', '§', 1],
    ['Article 5', '5', 'article', 1],
    ['ARTICLE 5 — PAYMENT', '5', 'article', 1],
    ['Section 2', '2', 'section', 1],
    ['Section 2. Term', '2', 'section', 1],
  ])('reads %j as a numbered heading', (line, number, family, parts) => {
    expect(headingShape(line)).toMatchObject({ number, family, parts, title: line.trim() });
  });

  it('reads a line in capitals as an unnumbered heading', () => {
    expect(headingShape('TERMS AND CONDITIONS')).toEqual({ number: null, title: 'TERMS AND CONDITIONS', family: 'display', parts: 1 });
  });

  it.each([
    ['a news paragraph', 'The reason?'],
    ['a lead-in', 'In short:'],
    ['a page number', '12'],
    ['a year', '2015. A year of change'],
    ['a count', '11 Patents were filed'],
    ['a lower-case title', '1. des'],
    ['two sentences', '3. Fees. They are due monthly.'],
    ['a question', '4. Why now?'],
    ['a title ending in a colon', '5. The following:'],
    ['one word in capitals', 'UPDATE'],
    ['capitals ending a sentence', 'WE WON.'],
    ['capitals with lower case', 'Bad, BAD move Apple.'],
    ['a long line', `1. ${'Word '.repeat(30)}`],
  ])('does not take %s for a heading', (_what, line) => {
    expect(headingShape(line)).toBeNull();
  });
});

describe('underlineOf', () => {
  it('finds a setext underline at least half as long as the line', () => {
    expect(underlineOf('1. Definitions', '--------------')).toBe('-');
    expect(underlineOf('Licence', '=======')).toBe('=');
    expect(underlineOf('A rather long title line', '---')).toBeNull();
    expect(underlineOf('Ends with a comma,', '------------------')).toBeNull();
    expect(underlineOf('-----', '-----')).toBeNull();
  });
});

describe('centredHeading and headingNumber', () => {
  it('takes a short title set deep into the line for a display heading', () => {
    expect(centredHeading('                    Preamble', 20)).toMatchObject({ title: 'Preamble', family: 'display' });
    expect(centredHeading('  Preamble', 2)).toBeNull();
    expect(centredHeading('            It ended.', 12)).toBeNull();
  });

  it('reads the number a heading starts with', () => {
    expect(headingNumber('Article 12 Fees')).toBe('12');
    expect(headingNumber('4.2 Rates')).toBe('4.2');
    expect(headingNumber('Exhibit A')).toBeNull();
  });
});
