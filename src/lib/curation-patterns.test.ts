import { describe, expect, it } from 'vitest';
import { nestedQuantifier, omitTargetProblem, patternProblem } from './curation-patterns';

describe('patternProblem', () => {
  it('accepts ordinary line patterns', () => {
    for (const p of ['^\\*+|\\*+$', '^-{3,}$', '^\\s*(?:Page \\d+)\\s*$', '(ab)+', '(a+){3}', '[(+)]+']) expect(patternProblem(p), p).toBeNull();
  });

  it('names an invalid regular expression', () => {
    expect(patternProblem('(unclosed')).toMatch(/^is not a valid regular expression \(.*\)$/);
  });

  it('refuses a repeated group that itself repeats', () => {
    expect(nestedQuantifier('^(a+)+$')).toBe('(a+)+');
    expect(nestedQuantifier('x(\\w*)*y')).toBe('(\\w*)*');
    expect(nestedQuantifier('((ab)+c)+')).toBe('((ab)+c)+');
    expect(nestedQuantifier('(x+){2,}')).toBe('(x+){2,}');
    expect(patternProblem('^(\\s*-)+$')).toMatch(/repeats a group that itself repeats \(`\(\\s\*-\)\+`\)/);
  });
});

describe('omitTargetProblem', () => {
  it('accepts an omit rule with lines or with a pattern', () => {
    expect(omitTargetProblem({ lines: 3 }, 0)).toBeNull();
    expect(omitTargetProblem({ pattern: '^-+$' }, 0)).toBeNull();
  });

  it('refuses one with both or neither, naming the rule', () => {
    expect(omitTargetProblem({ lines: 3, pattern: '^-+$' }, 1)?.[0]).toBe('Rule 2: an omit rule takes either `lines` or `pattern`.');
    expect(omitTargetProblem({}, 4)?.[0]).toBe('Rule 5: an omit rule takes either `lines` or `pattern`.');
  });
});
