import { describe, expect, it } from 'vitest';
import { parseLocatedYaml } from './yaml-document';

describe('parseLocatedYaml', () => {
  const text = 'id: cluley\ncuration:\n  - rule: omit\n    lines: 3\n';

  it('returns the data and locates nested values', () => {
    const { data, locate } = parseLocatedYaml(text, 'm.yaml');
    expect(data).toEqual({ id: 'cluley', curation: [{ rule: 'omit', lines: 3 }] });
    expect(locate(['curation', 0, 'lines'])).toEqual({ file: 'm.yaml', line: 4, column: 12 });
    expect(locate(['curation', 0, 'missing'])).toEqual({ file: 'm.yaml', line: 3, column: 5 });
  });

  it('rejects malformed YAML with a position', () => {
    expect(() => parseLocatedYaml('id: [unclosed\n', 'bad.yaml')).toThrow(/^bad\.yaml:\d+:\d+ {2}Malformed YAML/);
  });

  it('rejects duplicate keys', () => {
    expect(() => parseLocatedYaml('id: a\nid: b\n', 'dup.yaml')).toThrow(/dup\.yaml:2:1 {2}Malformed YAML/);
  });
});
