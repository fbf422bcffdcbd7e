import { describe, expect, it } from 'vitest';
import { citationLabel, commentId, omittedLineId, paragraphId, passageKind, passageName, passageNumber, sectionCitation, sectionLabel } from './passage-id';

describe('passage ids', () => {
  it('are made from a kind and a number', () => {
    expect([paragraphId(4), commentId(12)]).toEqual(['p4', 'c12']);
  });

  it('give back their kind and number', () => {
    expect(['p4', 'c12', 'dateline'].map(passageKind)).toEqual(['paragraph', 'comment', 'dateline']);
    expect(passageNumber('p4')).toBe(4);
    expect(passageNumber('c12')).toBe(12);
    expect(passageNumber('dateline')).toBeNaN();
  });

  it('are written ¶4 in citations, c2 and dateline as they are', () => {
    expect(['p4', 'c2', 'dateline'].map(citationLabel)).toEqual(['¶4', 'c2', 'dateline']);
  });

  it('are named in words for notes and errors', () => {
    expect(['p4', 'c2', 'dateline'].map(passageName)).toEqual(['paragraph 4', 'reader comment 2', 'dateline']);
  });

  it('name an omitted block by the raw line it starts at', () => {
    expect(omittedLineId(6)).toBe('line6');
    expect(passageKind('line6')).toBe('line');
    expect(passageNumber('line6')).toBe(6);
    expect(citationLabel('line6')).toBe('line 6');
    expect(passageName('line6')).toBe('omitted block starting at line 6');
  });

  it('take every other id for a section anchor, which has no number of its own', () => {
    expect(['s11', 's1.4', 's-preamble', 'p4x'].map(passageKind)).toEqual(['section', 'section', 'section', 'section']);
    expect(passageNumber('s11')).toBeNaN();
  });

  it('write a section as a note prints it, with no-break spaces, and as an author cites it', () => {
    expect(sectionLabel('11')).toBe('§\u00A011');
    expect(sectionLabel('11', 3)).toBe('§\u00A011, ¶\u00A03');
    expect(sectionCitation('1.4')).toBe('§1.4');
    expect(sectionCitation('11', 3)).toBe('§11 ¶3');
  });
});
