import { describe, expect, it } from 'vitest';
import { attributionOf, checkAttribution } from './attribution';

const wire = [
  {
    label: 'wire ¶3',
    outlet: 'Example Wire',
    text: 'Ana Diaz, head of audit at Acme, told Example Wire that the plan is one part of a wider problem. “It will not work,” she said. Bo Lind said, “We never did.”',
  },
];

describe('attributionOf', () => {
  it('finds the subject of the verb that introduces the quotation, skipping an apposition and framing', () => {
    expect(attributionOf('Ana Diaz, head of audit at Acme, told the paper that the plan is ')).toEqual({ subject: 'Ana Diaz', pronoun: false });
    expect(attributionOf('According to Example Wire, Diaz also said ', ['Example Wire'])).toEqual({ subject: 'Diaz', pronoun: false });
    expect(attributionOf('He called the plan ')).toEqual({ subject: null, pronoun: true });
    expect(attributionOf('Lind, in his own words: ')).toEqual({ subject: 'Lind', pronoun: false });
  });

  it('sees no attribution without a speech verb or a colon, or in an earlier quotation', () => {
    expect(attributionOf('Diaz is the head of ')).toBeNull();
    expect(attributionOf('Diaz, who “said no”, runs ')).toBeNull();
  });
});

describe('checkAttribution', () => {
  it("accepts a person's own quoted words, and the outlet's words as the outlet's", () => {
    expect(checkAttribution('It will not work', 'Diaz said: ', wire)).toEqual({ ok: true });
    expect(checkAttribution('one part of a wider problem', 'Example Wire says the plan is ', wire)).toEqual({ ok: true });
    expect(checkAttribution('one part of a wider problem', 'In the paper, the plan is ', wire)).toEqual({ ok: true });
  });

  it("rejects the outlet's narration put in a speaker's mouth, with the hint", () => {
    expect(checkAttribution('one part of a wider problem', 'Diaz said the plan is ', wire)).toEqual({
      ok: false,
      reason:
        "The quotation “one part of a wider problem” is given as Diaz's words, but in wire ¶3 it is the outlet's own narration, outside the quotation marks.",
      hint: "these are Example Wire's words, not Diaz's: quote them as the outlet's, or paraphrase",
    });
  });

  it("rejects one speaker's words given to another", () => {
    const result = checkAttribution('We never did', 'Diaz said ', wire);
    expect(result).toMatchObject({
      ok: false,
      hint: "these are Bo Lind's words, quoted by Example Wire, not Diaz's: attribute them to Bo Lind, or paraphrase",
    });
  });

  it('leaves names the paragraph does not show speaking to the outlet', () => {
    expect(checkAttribution('one part of a wider problem', 'Acme says the plan is ', wire)).toEqual({ ok: true });
  });
});

describe('checkAttribution with the rest of the text', () => {
  it('checks a name that speaks elsewhere in the same text', () => {
    const narration = [{ label: 'wire ¶1', outlet: 'Example Wire', text: 'The plan is one part of a wider problem.', speakersElsewhere: ['Ana Diaz'] }];
    expect(checkAttribution('one part of a wider problem', 'Diaz said the plan is ', narration)).toMatchObject({ ok: false });
    expect(checkAttribution('one part of a wider problem', 'Diaz said the plan is ', [{ ...narration[0]!, speakersElsewhere: [] }])).toEqual({ ok: true });
  });
});
