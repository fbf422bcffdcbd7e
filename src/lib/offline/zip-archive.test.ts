import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipWriter, type DeflatedFile } from './zip-archive';

const file = (name: string, text: string) => {
  const bytes = Buffer.from(text);
  return { name, size: bytes.length, crc: crc32(bytes), deflated: deflateRawSync(bytes, { level: 4 }) };
};
const MTIME = new Date(1980, 0, 1);
const zipOf = (files: readonly DeflatedFile[]) => {
  const writer = zipWriter(MTIME);
  return Buffer.concat([...files.flatMap((f) => writer.add(f)), ...writer.end()]);
};

describe('zipWriter', () => {
  const files = [file('site/index.html', '<p>home</p>'.repeat(50)), file('site/a/b.css', 'p{color:red}'), file('site/empty.txt', '')];
  const zip = zipOf(files);

  it('makes a zip that unpacks to the files as they were', () => {
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['site/index.html', 'site/a/b.css', 'site/empty.txt']);
    expect(Buffer.from(out['site/index.html']!).toString()).toBe('<p>home</p>'.repeat(50));
    expect(Buffer.from(out['site/a/b.css']!).toString()).toBe('p{color:red}');
    expect(out['site/empty.txt']!.length).toBe(0);
  });

  it('is the same bytes for the same files', () => {
    expect(zipOf(files).equals(zip)).toBe(true);
  });

  it('hands back each entry whole as it is added, keeping none of its bytes for later', () => {
    const writer = zipWriter(MTIME);
    const sizes = files.map((f) => writer.add(f).reduce((sum, chunk) => sum + chunk.length, 0));
    // Local header (30 bytes and the name), the deflated data, the data descriptor (16 bytes).
    expect(sizes).toEqual(files.map((f) => 30 + Buffer.byteLength(f.name) + f.deflated.length + 16));
    // What is left is the central directory alone: 46 bytes and the name per entry, and its 22-byte end.
    expect(writer.end().reduce((sum, chunk) => sum + chunk.length, 0)).toBe(files.reduce((sum, f) => sum + 46 + Buffer.byteLength(f.name), 22));
  });
});
