import { describe, expect, it } from 'vitest';
import { SourcebookError } from './errors';
import { recordIfAuthoringError, recordMarkdownError, takeMarkdownErrors } from './markdown-errors';

describe('markdown errors', () => {
  it('records authoring errors once each and hands them over once', () => {
    takeMarkdownErrors();
    const error = new SourcebookError({ file: 'a.md', line: 1, column: 2 }, 'Wrong.', 'Fix it.');
    expect(recordMarkdownError(error)).toBe(error);
    recordMarkdownError(new SourcebookError({ file: 'a.md', line: 1, column: 2 }, 'Wrong.', 'Fix it.'));
    expect(takeMarkdownErrors()).toEqual([error]);
    expect(takeMarkdownErrors()).toEqual([]);
  });

  it('records only SourcebookErrors from a plugin’s catch block, and hands every error back', () => {
    takeMarkdownErrors();
    const authoring = new SourcebookError({ file: 'b.md' }, 'Unknown source.');
    const bug = new TypeError('undefined is not a function');
    expect(recordIfAuthoringError(authoring)).toBe(authoring);
    expect(recordIfAuthoringError(bug)).toBe(bug);
    expect(recordIfAuthoringError('a string')).toBe('a string');
    expect(takeMarkdownErrors()).toEqual([authoring]);
  });
});
