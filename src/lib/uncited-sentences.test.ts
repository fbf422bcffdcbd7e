import { describe, expect, it } from 'vitest';
import { splitSentences, uncitedSentences } from './uncited-sentences';

const texts = (list: { text: string }[]) => list.map((s) => s.text);

describe('splitSentences', () => {
  it('keeps the citations that follow a full stop with the sentence they end', () => {
    const text = 'Fares rose.[@gazette ¶1] Commuters objected.[@gazette ¶2 "unfair. And sudden."] Then nothing.';
    expect(splitSentences(text).map((s) => [s.text, s.cited])).toEqual([
      ['Fares rose.[@gazette ¶1]', true],
      ['Commuters objected.[@gazette ¶2 "unfair. And sudden."]', true],
      ['Then nothing.', false],
    ]);
  });

  it('does not split inside quotation marks, at abbreviations or at an ellipsis', () => {
    expect(texts(splitSentences('He wrote: “Simple. As that.” The U.S. and Mr. Roe agreed … in part. Done.'))).toEqual([
      'He wrote: “Simple. As that.”',
      'The U.S. and Mr. Roe agreed … in part.',
      'Done.',
    ]);
  });
});

describe('uncitedSentences', () => {
  it('leaves out sentences marked editorial, one by one or the whole block', () => {
    expect(texts(uncitedSentences('See the timeline.[!editorial] The fare rose.'))).toEqual(['The fare rose.']);
    expect(uncitedSentences('[!editorial] A general definition. Another sentence of it.')).toEqual([]);
  });

  it('treats a bold lead-in as a label and a closing colon as the introduction of what follows', () => {
    expect(texts(uncitedSentences('Date of approval. No text gives it.', 'Date of approval.'.length))).toEqual(['No text gives it.']);
    expect(uncitedSentences('He said:')).toEqual([]);
    expect(texts(uncitedSentences('He said: nothing.'))).toEqual(['He said: nothing.']);
  });
});

describe('sentences around quotations', () => {
  it('ends a sentence at a quotation that ends with its own full stop, unless a lower-case word goes on', () => {
    expect(texts(splitSentences('Others: "Very funny." and "Not funny." Next one.'))).toEqual(['Others: "Very funny." and "Not funny."', 'Next one.']);
    expect(texts(splitSentences('He wrote: “No.” Then he left.'))).toEqual(['He wrote: “No.”', 'Then he left.']);
  });
});
