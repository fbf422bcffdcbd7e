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
      { id: 'p1', text: 'First line continues.', line: 3, endLine: 4, section: null, shape: 'prose', depth: 0 },
      { id: 'p2', text: 'Second.', line: 7, endLine: 7, section: null, shape: 'prose', depth: 0 },
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

  it('lets a paragraph run on across an omitted line, so nothing after it is renumbered', () => {
    const out = run('One\nAd.\ncontinues.\n\nTwo.\n', [{ rule: 'omit', lines: 2, why: 'advert' }]);
    expect(out.paragraphs.map((p) => [p.id, p.text, p.line, p.endLine])).toEqual([
      ['p1', 'One continues.', 1, 3],
      ['p2', 'Two.', 5, 5],
    ]);
    expect(out.omitted[0]).toMatchObject({ from: 2, text: 'Ad.', why: 'advert' });
  });

  it('ends the paragraph at an omitted line when the rule says split', () => {
    const out = run('One.\nAd.\nTwo.\n', [{ rule: 'omit', lines: 2, why: 'advert', split: true }]);
    expect(out.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
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
    expect(error.message).toMatch(/^meta\.yaml:10:5 {2}Rule 1: lines 5–6 is past the end of the text \(1 line\)\./);
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

const LEGAL = [
  'GENERAL TERMS', // 1
  '', // 2
  '1. Scope.', // 3
  '', // 4
  'This licence covers the work.', // 5
  '', // 6
  '1.1 Parts', // 7
  '', // 8
  'You may:', // 9
  '', // 10
  '  (a) copy it;', // 11
  '', // 12
  '      (i) on paper;', // 13
  '', // 14
  '  (b) share it.', // 15
  '', // 16
  'Notice follows.', // 17
  '', // 18
  '    Copyright (C) <year>', // 19
  '      All rights kept.', // 20
  '', // 21
  '2. Fees', // 22
  '', // 23
  'None are due.', // 24
].join('\n');

describe('curateText: sections and structure', () => {
  it('finds sections, nests lists and keeps indented blocks verbatim', () => {
    const out = run(LEGAL, []);
    expect(out.sections).toEqual([
      { id: 's-general-terms', number: null, title: 'GENERAL TERMS', line: 1, depth: 1, parent: null },
      { id: 's1', number: '1', title: '1. Scope.', line: 3, depth: 2, parent: 's-general-terms' },
      { id: 's1.1', number: '1.1', title: '1.1 Parts', line: 7, depth: 3, parent: 's1' },
      { id: 's2', number: '2', title: '2. Fees', line: 22, depth: 2, parent: 's-general-terms' },
    ]);
    expect(out.paragraphs.map(({ id, text, section, shape, depth }) => ({ id, text, section, shape, depth }))).toEqual([
      { id: 'p1', text: 'This licence covers the work.', section: 's1', shape: 'prose', depth: 0 },
      { id: 'p2', text: 'You may:', section: 's1.1', shape: 'prose', depth: 0 },
      { id: 'p3', text: '(a) copy it;', section: 's1.1', shape: 'list-item', depth: 1 },
      { id: 'p4', text: '(i) on paper;', section: 's1.1', shape: 'list-item', depth: 2 },
      { id: 'p5', text: '(b) share it.', section: 's1.1', shape: 'list-item', depth: 1 },
      { id: 'p6', text: 'Notice follows.', section: 's1.1', shape: 'prose', depth: 0 },
      { id: 'p7', text: 'Copyright (C) <year> All rights kept.', section: 's1.1', shape: 'preformatted', depth: 0 },
      { id: 'p8', text: 'None are due.', section: 's2', shape: 'prose', depth: 0 },
    ]);
    expect(out.paragraphs[6]?.lines).toEqual(['Copyright (C) <year>', '  All rights kept.']);
  });

  it('detects no headings with `headings: marked`, and takes those a heading rule names', () => {
    const out = curateText({
      raw: LEGAL,
      rawFile: 'raw.txt',
      format: 'blank-lines',
      headings: 'marked',
      curation: [{ rule: 'heading', lines: 17, depth: 1 }],
      ruleAt: () => ({ file: 'meta.yaml', line: 1 }),
    });
    expect(out.sections).toEqual([{ id: 's-notice-follows', number: null, title: 'Notice follows.', line: 17, depth: 1, parent: null }]);
    expect(out.paragraphs[0]).toMatchObject({ text: 'GENERAL TERMS', section: null });
  });

  it('splits a heading rule line out of the paragraph it is glued to', () => {
    const out = run('Article 4 Payment\nThe fee is due.\n', [{ rule: 'heading', lines: 1 }]);
    expect(out.sections).toEqual([{ id: 's4', number: '4', title: 'Article 4 Payment', line: 1, depth: 1, parent: null }]);
    expect(out.paragraphs).toMatchObject([{ id: 'p1', text: 'The fee is due.', line: 2, section: 's4' }]);
  });

  it('turns a detected heading back into a paragraph with not-heading', () => {
    const out = run('NEW RULES\n\nText.\n', [{ rule: 'not-heading', lines: 1 }]);
    expect(out.sections).toEqual([]);
    expect(out.paragraphs.map((p) => p.text)).toEqual(['NEW RULES', 'Text.']);
  });

  it('reads an underlined line as a heading, its underline part of it, and splits the text glued below', () => {
    const out = run('Licence\n=======\n\n1. Fees\n-------\nNone.\n', []);
    expect(out.sections).toEqual([
      { id: 's-licence', number: null, title: 'Licence', line: 1, depth: 1, parent: null },
      { id: 's1', number: '1', title: '1. Fees', line: 4, depth: 2, parent: 's-licence' },
    ]);
    expect(out.paragraphs).toMatchObject([{ id: 'p1', text: 'None.', line: 6, section: 's1' }]);
  });

  it('keeps a preformatted rule block line by line', () => {
    const out = run('Intro.\n\nName:  value\nOther: thing\n', [{ rule: 'preformatted', lines: '3-4' }]);
    expect(out.paragraphs[1]).toMatchObject({ shape: 'preformatted', text: 'Name: value Other: thing', lines: ['Name:  value', 'Other: thing'] });
  });
});

describe('curateText: patterns', () => {
  const BOX = [
    'Before.',
    '',
    '*****************',
    '*  6. Warranty  *',
    '*  ----------  *',
    '*               *',
    '*  None given,  *',
    '*  at all.      *',
    '*****************',
    '',
    'After.',
  ].join('\n');

  it('strips box borders inside lines; an emptied line counts as blank; paragraphs after it keep their numbers', () => {
    const out = run(BOX, [{ rule: 'strip', pattern: '^\\*+|\\*+$', why: 'box border' }]);
    expect(out.sections).toMatchObject([{ id: 's6', title: '6. Warranty', line: 4 }]);
    expect(out.paragraphs.map((p) => [p.id, p.text, p.section])).toEqual([
      ['p1', 'Before.', null],
      ['p2', 'None given, at all.', 's6'],
      ['p3', 'After.', 's6'],
    ]);
    expect(out.stripped).toEqual([{ pattern: '^\\*+|\\*+$', why: 'box border', from: 3, to: 9, count: 7, example: '*****************' }]);
  });

  it('omits every line a pattern matches, without splitting the paragraph around it', () => {
    const out = run('One\n-- page 1 --\ntwo.\n\nThree.\n-- page 2 --\n', [{ rule: 'omit', pattern: '^-- page \\d+ --$', why: 'page footer' }]);
    expect(out.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['p1', 'One two.'],
      ['p2', 'Three.'],
    ]);
    expect(out.omitted).toEqual([
      { from: 2, to: 2, text: '-- page 1 --', why: 'page footer' },
      { from: 6, to: 6, text: '-- page 2 --', why: 'page footer' },
    ]);
  });

  it('rejects a bad pattern at the pattern field', () => {
    const error = errorOf(() =>
      curateText({
        raw: 'A.\n',
        rawFile: 'raw.txt',
        format: 'blank-lines',
        curation: [{ rule: 'strip', pattern: '(x', why: 'box' }],
        ruleAt: (i, field) => ({ file: 'meta.yaml', line: 10 + i, column: field === 'pattern' ? 30 : 5 }),
      }),
    );
    expect(error.message).toMatch(
      /^meta\.yaml:10:30 {2}Rule 1: the pattern `\(x` is not a valid regular expression \(.+\)\.\n {2}hint: Patterns are JavaScript regular expressions/,
    );
  });

  it('rejects a pattern that can take exponential time', () => {
    const error = errorOf(() => run('A.\n', [{ rule: 'omit', pattern: '^(-+)+$', why: 'rules' }]));
    expect(error.reason).toBe('Rule 1: the pattern `^(-+)+$` repeats a group that itself repeats (`(-+)+`), which can take exponential time on a long line.');
  });

  it('rejects patterns that match nothing', () => {
    expect(errorOf(() => run('A.\n', [{ rule: 'omit', pattern: '^#', why: 'marks' }])).reason).toBe(
      'Rule 1: the pattern matches no line of the text, so the rule omits nothing.',
    );
    expect(errorOf(() => run('A.\n', [{ rule: 'strip', pattern: '#', why: 'marks', lines: 1 }])).reason).toBe(
      'Rule 1: the pattern removes nothing from line 1, so the rule strips nothing.',
    );
  });

  it('rejects an omit rule with both lines and a pattern', () => {
    expect(errorOf(() => run('A.\n', [{ rule: 'omit', lines: 1, pattern: 'A', why: 'marks' }])).reason).toBe(
      'Rule 1: an omit rule takes either `lines` or `pattern`.',
    );
  });
});

describe('curateText: heading and preformatted rules that are wrong', () => {
  it('rejects a not-heading rule on a line that is no heading', () => {
    expect(errorOf(() => run('Text.\n', [{ rule: 'not-heading', lines: 1 }])).reason).toBe(
      'Rule 1: line 1 is not taken for a heading, so the rule changes nothing.',
    );
  });

  it('rejects a heading rule over several lines', () => {
    expect(errorOf(() => run('A\nB\nC\n', [{ rule: 'heading', lines: '1-3' }])).reason).toBe(
      'Rule 1: a heading rule takes one line (or two: a heading and its underline).',
    );
  });

  it('rejects a preformatted rule that cuts a paragraph', () => {
    const error = errorOf(() => run('A\nB\nC\n', [{ rule: 'preformatted', lines: '2-3' }]));
    expect(error.reason).toBe('Rule 1: lines 2–3 cut the paragraph at lines 1–3.');
    expect(error.hint).toBe('A preformatted rule covers whole paragraphs: extend it to lines 1–3.');
  });
});
