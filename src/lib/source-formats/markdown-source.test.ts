import { describe, expect, it } from 'vitest';
import { readMarkdown } from './markdown-source';
import { curateBlocks } from './structured-blocks';

const MD = [
  '# Guide',
  '',
  'Intro *text*.',
  '',
  '## 1. Tickets',
  '',
  '1. at the quay, or',
  '2. on board.',
  '   - Under fives free.',
  '',
  '> Keep it.',
  '',
  '```',
  'A  B',
  '```',
  '',
  '<div>ad</div>',
].join('\n');

describe('readMarkdown', () => {
  it('reads headings, items with their numbers and depth, quotes and code blocks, with raw line numbers', () => {
    const { blocks, dropped } = readMarkdown(MD);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Guide', depth: 1, line: 1, endLine: 1 },
      { kind: 'prose', text: 'Intro text.', depth: 0, line: 3, endLine: 3 },
      { kind: 'heading', text: '1. Tickets', depth: 2, line: 5, endLine: 5 },
      { kind: 'list-item', text: '1. at the quay, or', depth: 1, line: 7, endLine: 7 },
      { kind: 'list-item', text: '2. on board.', depth: 1, line: 8, endLine: 8 },
      { kind: 'list-item', text: 'Under fives free.', depth: 2, line: 9, endLine: 9 },
      { kind: 'quote', text: 'Keep it.', depth: 0, line: 11, endLine: 11 },
      { kind: 'preformatted', text: 'A B', lines: ['A  B'], depth: 0, line: 13, endLine: 15 },
    ]);
    expect(dropped).toEqual([{ from: 17, to: 17, text: '<div>ad</div>', why: 'raw HTML in the Markdown file' }]);
  });

  it('makes sections of the headings, numbered where the heading is', () => {
    const out = curateBlocks({ ...readMarkdown(MD), format: 'markdown', curation: [], ruleAt: () => ({ file: 'g.yaml' }), lineCount: 17 });
    expect(out.sections).toEqual([
      { id: 's-guide', number: null, title: 'Guide', line: 1, depth: 1, parent: null },
      { id: 's1', number: '1', title: '1. Tickets', line: 5, depth: 2, parent: 's-guide' },
    ]);
    expect(out.paragraphs.map((p) => [p.id, p.section, p.shape, p.depth])).toEqual([
      ['p1', 's-guide', 'prose', 0],
      ['p2', 's1', 'list-item', 1],
      ['p3', 's1', 'list-item', 1],
      ['p4', 's1', 'list-item', 2],
      ['p5', 's1', 'quote', 0],
      ['p6', 's1', 'preformatted', 0],
    ]);
  });
});
