import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classicData } from './classic-script';

describe('classicData', () => {
  it('round-trips awkward text through a classic script', () => {
    const data = { text: `it's "quoted" \\ back\\slash </script> \u2028 line \n new ¶ 中文`, n: [1, 2.5, null] };
    const script = classicData('__x', data);
    expect(script).not.toContain('</script>');
    const self: Record<string, unknown> = {};
    runInNewContext(script, { self });
    expect(self['__x']).toEqual(data);
  });

  it('fills one global from many chunk files', () => {
    const self: Record<string, unknown> = {};
    runInNewContext(classicData('__t', ['a'], 0) + classicData('__t', ['b'], 3), { self });
    expect(self['__t']).toEqual({ 0: ['a'], 3: ['b'] });
  });

  it('refuses a name that is not an identifier', () => {
    expect(() => classicData('a-b', {})).toThrow(/identifier/);
  });
});
