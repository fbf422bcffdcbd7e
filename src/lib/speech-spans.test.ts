import { describe, expect, it } from 'vitest';
import { quotedSpeaker, sameSpeaker, speechSpans, voiceOf } from './speech-spans';

const spoken = (paragraph: string) => speechSpans(paragraph).map((s) => [paragraph.slice(s.from, s.to), s.speaker]);

describe('speechSpans', () => {
  it('reads the speaker from the tag after the quotation, a pronoun standing for the last named speaker', () => {
    const p = 'Ana Diaz, head of audit at Acme, told the paper that the plan is vague. “It will not work,” she said. “Nobody asked us.”';
    expect(spoken(p)).toEqual([
      ['It will not work,', 'Ana Diaz'],
      ['Nobody asked us.', 'Ana Diaz'],
    ]);
  });

  it('reads the speaker from the verb before the quotation, direct or reported', () => {
    expect(spoken('At the hearing, vice president Bo Lind said, “We never did,” adding, “and never will.”')).toEqual([
      ['We never did,', 'Bo Lind'],
      ['and never will.', 'Bo Lind'],
    ]);
    expect(spoken('CEO Kim Roe said that the firms had made "great strides" since May.')).toEqual([['great strides', 'Kim Roe']]);
    expect(spoken('While there are "rumours of leaks," Roe is said to have told Lu, the firm has "never leaked."')).toEqual([
      ['rumours of leaks,', 'Roe'],
      ['never leaked.', 'Roe'],
    ]);
    expect(spoken('It is unclear whether those "checks," as one official called them, apply.')).toEqual([['checks,', 'one official']]);
  });

  it('leaves scare quotes and titles without a speaker, and does not end a sentence at U.S.', () => {
    expect(spoken('Apps were delivered to a dozen "key customers," with more to come.')).toEqual([['key customers,', null]]);
    expect(spoken('The U.S. Chamber of Commerce sent a letter stating, “Open markets matter.”')).toEqual([
      ['Open markets matter.', 'U.S. Chamber of Commerce'],
    ]);
  });

  it('keeps a nested quotation inside its outer one', () => {
    expect(spoken('“They call it the ‘fast lane’ for a reason,” Lind added.')).toEqual([['They call it the ‘fast lane’ for a reason,', 'Lind']]);
  });
});

describe('voiceOf', () => {
  const p = 'Ana Diaz told the paper that the plan is one part of a wider problem. “It will not work,” she said.';

  it('tells narration from speech, and finds nothing where the words are absent', () => {
    expect(voiceOf(p, 'one part of a wider problem')).toEqual({ kind: 'narration' });
    expect(voiceOf(p, 'It will not work.')).toEqual({ kind: 'speech', speaker: 'Ana Diaz' });
    expect(voiceOf(p, 'it will work')).toEqual({ kind: 'absent' });
  });

  it('treats a quotation spanning narration and speech as narration', () => {
    expect(voiceOf(p, 'a wider problem … It will not work')).toEqual({ kind: 'narration' });
  });

  it('accepts single marks for the inner quotation and typographic variants', () => {
    expect(voiceOf('“They call it the ‘fast lane’ for a reason,” Lind added.', "call it the 'fast lane'")).toEqual({ kind: 'speech', speaker: 'Lind' });
    expect(quotedSpeaker('“They call it the ‘fast lane’ for a reason,” Lind added.', 'fast lane')).toBe('Lind');
    expect(quotedSpeaker(p, 'one part of a wider problem')).toBeNull();
  });
});

describe('sameSpeaker', () => {
  it('matches a surname to a full name and ignores titles', () => {
    expect(sameSpeaker('Diaz', 'Ana Diaz')).toBe(true);
    expect(sameSpeaker("Acme's Ana Diaz", 'Diaz')).toBe(true);
    expect(sameSpeaker('CEO Kim Roe', 'Ana Diaz')).toBe(false);
  });
});
