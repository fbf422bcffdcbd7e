import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipDeflated } from './zip-archive';

const file = (name: string, text: string) => {
  const bytes = Buffer.from(text);
  return { name, size: bytes.length, crc: crc32(bytes), deflated: deflateRawSync(bytes, { level: 4 }) };
};

describe('zipDeflated', () => {
  const files = [file('site/index.html', '<p>home</p>'.repeat(50)), file('site/a/b.css', 'p{color:red}'), file('site/empty.txt', '')];
  const zip = zipDeflated(files, new Date(1980, 0, 1));

  it('makes a zip that unpacks to the files as they were', () => {
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['site/index.html', 'site/a/b.css', 'site/empty.txt']);
    expect(Buffer.from(out['site/index.html']!).toString()).toBe('<p>home</p>'.repeat(50));
    expect(Buffer.from(out['site/a/b.css']!).toString()).toBe('p{color:red}');
    expect(out['site/empty.txt']!.length).toBe(0);
  });

  it('is the same bytes for the same files', () => {
    expect(Buffer.from(zipDeflated(files, new Date(1980, 0, 1))).equals(Buffer.from(zip))).toBe(true);
  });
});
