import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment } from './pagefind-fragment';

const page = { url: '/a/', content: 'Words.', meta: { title: 'A' }, anchors: [] };

describe('decodeFragment', () => {
  it('reads the JSON behind the signature and refuses other files', () => {
    const bytes = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(page))]));
    expect(decodeFragment(bytes).url).toBe('/a/');
    expect(() => decodeFragment(gzipSync(Buffer.from('{}')))).toThrow(/signature/);
  });
});
