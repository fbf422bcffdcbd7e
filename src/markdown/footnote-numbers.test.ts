import type { FootnoteReference, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { numberFootnotes } from './footnote-numbers';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

describe('numberFootnotes', () => {
  it('numbers by first reference, counts reuse, and puts references inside notes last', () => {
    const tree = parse('A[^b] B[^a] C[^b]\n\n[^a]: Note a cites[^c].\n[^b]: Note b.\n[^c]: Note c.\n');
    const marks = [...numberFootnotes(tree)].map(([ref, mark]) => [(ref as FootnoteReference).identifier, mark.number, mark.reuse]);
    expect(marks).toEqual([
      ['b', 1, 1],
      ['a', 2, 1],
      ['b', 1, 2],
      ['c', 3, 1],
    ]);
  });
});
