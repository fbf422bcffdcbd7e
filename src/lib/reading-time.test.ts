import { describe, expect, it } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE } from './reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('readingMinutes', () => {
  it('counts prose words at the documented rate', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE * 3))).toBe(3);
  });

  it('never says less than a minute', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('leaves out citations, link targets, frontmatter and markup', () => {
    const cited = `---\ntitle: ${words(500)}\n---\n## Heading\n\n${words(10)}.[@some-source ¶2 "${words(2000)}"] [a link](../${words(1)}/#x) <Card title="t">${words(1)}</Card>`;
    expect(readingMinutes(cited)).toBe(1);
    expect(readingMinutes(`${words(WORDS_PER_MINUTE * 2)} [@x ¶1 "${words(WORDS_PER_MINUTE * 4)}"]`)).toBe(2);
  });
});
