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

  it('rejects duplicate keys, with a hint about keys rather than indentation', () => {
    expect(() => parseLocatedYaml('id: a\nid: b\n', 'dup.yaml')).toThrow(/dup\.yaml:2:1 {2}Malformed YAML.*\n {2}hint: Each key may appear once/);
  });

  it('stops an alias bomb with the file name, not a stack into the YAML library', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(() => parseLocatedYaml(bomb, 'bomb.yaml')).toThrow(/^bomb\.yaml:1:1 {2}Too many YAML aliases.*\n {2}hint: Write the values out/);
  });
});
