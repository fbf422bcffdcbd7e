import { describe, expect, it } from 'vitest';
import { idInterrupted, missingLocator, unacceptedQuoteMark } from './citation-syntax-hints';

describe('citation syntax hints', () => {
  it('names the character that interrupts an id, with the whole word', () => {
    expect(idInterrupted('[@clul😀ey ¶4]', 'clul', 6)?.reason).toBe('The source id "clul😀ey" contains "😀" (U+1F600), which a source id cannot hold.');
    expect(idInterrupted('[@clul ¶4]', 'clul', 6)).toBeNull();
    expect(idInterrupted('[@clul]', 'clul', 6)).toBeNull();
  });
  it('names an unaccepted opening quote mark and lists the accepted ones', () => {
    expect(unacceptedQuoteMark('„')?.reason).toBe('The quote opens with „, which citations do not accept.');
    expect(unacceptedQuoteMark('„')?.hint).toMatch(/straight double quotes "…" or curly “…”/);
    expect(unacceptedQuoteMark('"')).toBeNull();
    expect(unacceptedQuoteMark(undefined)).toBeNull();
  });
});

describe('missingLocator', () => {
  it('turns a section or paragraph written in words into the sign it needs', () => {
    expect(missingLocator('[@gpl3 section 11]', 'gpl3', 7).hint).toMatch(/^Write a section with the sign §: \[@gpl3 §11\]/);
    expect(missingLocator('[@gpl3 Art. 5]', 'gpl3', 7).hint).toMatch(/\[@gpl3 §5\]/);
    expect(missingLocator('[@gpl3 paragraph 3]', 'gpl3', 7).hint).toMatch(/^Write a paragraph with the sign ¶ \(or p\): \[@gpl3 ¶3\]/);
    expect(missingLocator('[@gpl3 §]', 'gpl3', 7).hint).toMatch(/^Give the section's number after §/);
  });
  it('otherwise lists every locator, quotes alone included', () => {
    const { reason, hint } = missingLocator('[@gpl3]', 'gpl3', 6);
    expect(reason).toBe('Expected a paragraph, section or comment locator');
    expect(hint).toMatch(/§11 ¶3 for the 3rd paragraph of section 11/);
    expect(hint).toMatch(/only the quoted words/);
  });
});
