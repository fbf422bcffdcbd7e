import { describe, expect, it } from 'vitest';
import { classifyUrl } from './url-policy';

describe('classifyUrl', () => {
  it('refuses script and data schemes however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      '\u0001javascript:x',
      'vbscript:msgbox(1)',
      'data:text/html,<script>x</script>',
      'file:///etc/passwd',
    ]) {
      expect(classifyUrl(url).kind, url).toBe('unsafe');
    }
    expect(classifyUrl('vbscript:x')).toEqual({ kind: 'unsafe', scheme: 'vbscript' });
  });
  it('tells off-site, mail and internal URLs apart', () => {
    expect(classifyUrl('https://example.org/x').kind).toBe('external');
    expect(classifyUrl('//example.org/x').kind).toBe('external');
    expect(classifyUrl('/\\example.org/x').kind).toBe('external');
    expect(classifyUrl('mailto:a@b.c').kind).toBe('mail');
    for (const url of ['../about/', '#notes', '/sources/x/#p1', 'page/', '?q=1']) expect(classifyUrl(url).kind, url).toBe('internal');
  });
});
