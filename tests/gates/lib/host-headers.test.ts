import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, parseNginxHeaders } from './host-headers';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('host security headers', () => {
  const netlify = parseHeadersFile(read('public/_headers'));
  const nginx = parseNginxHeaders(read('deploy/nginx-security-headers.conf'));

  it('ship what a <meta> CSP cannot carry', () => {
    expect(netlify.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(netlify.get('x-content-type-options')).toBe('nosniff');
    expect(netlify.get('referrer-policy')).toBe('no-referrer');
    expect(netlify.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('say the same in the _headers file and the nginx snippet', () => {
    expect(Object.fromEntries(nginx)).toEqual(Object.fromEntries(netlify));
  });
});

describe('parsers', () => {
  it('read only the /* rule of a _headers file', () => {
    expect(parseHeadersFile('# c\n/*\n  A: 1\n/x\n  B: 2\n')).toEqual(new Map([['a', '1']]));
  });
  it('read nginx add_header lines', () => {
    expect(parseNginxHeaders(`add_header X-A "v 'q'" always;\n# add_header No "x";`)).toEqual(new Map([['x-a', "v 'q'"]]));
  });
});
