import { describe, expect, it } from 'vitest';
import type { CurationRule } from '../schemas/source-meta';
import { curateText } from './curate-text';
import { SourcebookError } from './errors';

const run = (raw: string, curation: CurationRule[], format: 'blank-lines' | 'lines' = 'blank-lines') =>
  curateText({ raw, rawFile: 'raw.txt', format, curation, ruleAt: (i) => ({ file: 'meta.yaml', line: 10 + i, column: 5 }) });

const errorOf = (fn: () => unknown): SourcebookError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourcebookError) return error;
    throw error;
  }
  throw new Error('expected a SourcebookError');
};

describe('curateText: paragraphs', () => {
  it('groups consecutive lines into paragraphs and folds whitespace', () => {
    const out = run('Title\n\nFirst  line\ncontinues.\n\n\nSecond.\n', [{ rule: 'title', lines: 1 }]);
    expect(out.headline).toBe('Title');
    expect(out.paragraphs).toEqual([
      { id: 'p1', text: 'First line continues.', line: 3, endLine: 4, section: null },
      { id: 'p2', text: 'Second.', line: 7, endLine: 7, section: null },
    ]);
  });

  it('treats each line as a paragraph in the "lines" format', () => {
    const out = run('A.\nB.\n', [], 'lines');
    expect(out.paragraphs.map((p) => p.text)).toEqual(['A.', 'B.']);
  });

  it('strips a glued caption and lists it as omitted', () => {
    const out = run('ChinaThe Times reports:\n', [{ rule: 'caption', lines: 1, text: 'China', why: 'image caption' }]);
    expect(out.paragraphs[0]?.text).toBe('The Times reports:');
    expect(out.omitted).toEqual([{ from: 1, to: 1, text: 'China', why: 'image caption' }]);
  });

  it('keeps paragraphs apart when an omitted line sat between them', () => {
    const out = run('One.\nAd.\nTwo.\n', [{ rule: 'omit', lines: 2, why: 'advert' }]);
    expect(out.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
    expect(out.omitted[0]).toMatchObject({ from: 2, text: 'Ad.', why: 'advert' });
  });
});

describe('curateText: duplicates and comments', () => {
  it('collapses a repeated body and accounts for it', () => {
    const out = run('A.\nB.\nA.\nB.\n', [{ rule: 'duplicate', lines: '3-4', of: '1-2', why: 'scrape repeats' }], 'lines');
    expect(out.paragraphs.map((p) => p.text)).toEqual(['A.', 'B.']);
    expect(out.omitted[0]?.why).toBe('scrape repeats (repeats lines 1–2)');
  });

  it('reads one comment per line and records repeats', () => {
    const out = run(
      'Body.\nComments\nNice.\nBad.\nNice.\n',
      [
        { rule: 'omit', lines: 2, why: 'heading' },
        { rule: 'comments', lines: '3-5', style: 'line' },
        { rule: 'duplicate', lines: 5, of: 3, why: 'repeated' },
      ],
      'lines',
    );
    expect(out.paragraphs).toHaveLength(1);
    expect(out.comments.map((c) => [c.id, c.paragraphs[0], c.repeatedAt])).toEqual([
      ['c1', 'Nice.', [5]],
      ['c2', 'Bad.', []],
    ]);
  });

  it('reads numbered comments with authors and several paragraphs', () => {
    const raw = 'Body.\n\n  1. des\n\n    First.\n\n    Second.\n\n  2. Amanda Lay\n\n    Third.\n';
    const out = run(raw, [{ rule: 'comments', lines: '3-11', style: 'numbered' }]);
    expect(out.comments).toEqual([
      { id: 'c1', author: 'des', paragraphs: ['First.', 'Second.'], line: 3, endLine: 7, repeatedAt: [] },
      { id: 'c2', author: 'Amanda Lay', paragraphs: ['Third.'], line: 9, endLine: 11, repeatedAt: [] },
    ]);
  });
});

describe('curateText: rules that are wrong fail with the rule position', () => {
  it('rejects a rule past the end of the text', () => {
    const error = errorOf(() => run('One.\n', [{ rule: 'omit', lines: '5-6', why: 'chrome' }]));
    expect(error.message).toMatch(/^meta\.yaml:10:5 {2}Rule 1: lines 5–6 is past the end of the text \(2 lines\)\./);
  });

  it('rejects a rule that matches only blank lines', () => {
    const error = errorOf(() => run('One.\n\nTwo.\n', [{ rule: 'omit', lines: 2, why: 'chrome' }]));
    expect(error.reason).toMatch(/holds only blank lines, so the rule matches nothing/);
    expect(error.hint).toBeDefined();
  });

  it('rejects a duplicate that does not repeat', () => {
    const error = errorOf(() =>
      run(
        'A.\nB.\n',
        [
          { rule: 'title', lines: 1 },
          { rule: 'duplicate', lines: 2, of: 1, why: 'x' },
        ],
        'lines',
      ),
    );
    expect(error.message).toMatch(/^meta\.yaml:11:5 {2}Rule 2: line 2 does not repeat line 1\./);
  });

  it('rejects a caption that is not there', () => {
    const error = errorOf(() => run('The Times\n', [{ rule: 'caption', lines: 1, text: 'China', why: 'caption' }]));
    expect(error.reason).toContain('does not start with the caption "China"');
  });

  it('rejects two rules claiming the same line', () => {
    const error = errorOf(() =>
      run('A.\n', [
        { rule: 'title', lines: 1 },
        { rule: 'omit', lines: 1, why: 'chrome' },
      ]),
    );
    expect(error.reason).toBe('Rule 2: line 1 is already handled by rule 1 (title).');
  });

  it('rejects text before the first numbered comment, pointing into the raw file', () => {
    const error = errorOf(() => run('Body.\n\nstray\n  1. des\n    Hi.\n', [{ rule: 'comments', lines: '3-5', style: 'numbered' }]));
    expect(error.message).toMatch(/^raw\.txt:3:1 {2}Line 3 is inside the comments but before the first "N\. author" line\./);
  });
});
