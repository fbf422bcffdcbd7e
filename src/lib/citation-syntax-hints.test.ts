import { describe, expect, it } from 'vitest';
import { idInterrupted, unacceptedQuoteMark } from './citation-syntax-hints';

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
