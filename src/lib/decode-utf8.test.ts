import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode-utf8';
import { SourcebookError } from './errors';

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, including multi-byte characters', () => {
    expect(decodeUtf8(new TextEncoder().encode('China’s “rules”\n'), 'a.txt')).toBe('China’s “rules”\n');
  });

  it('names the line and column of the first invalid byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nab'), 0xff, 0x41]);
    try {
      decodeUtf8(bytes, 'bad.txt');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SourcebookError);
      expect((error as SourcebookError).message).toMatch(/^bad\.txt:2:3 {2}The file is not valid UTF-8 \(bad byte 0xff at byte 5\)/);
    }
  });
});
