import { describe, expect, it } from 'vitest';
import { checkArchiveHashes, parseChecksums } from './archive-hashes';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);
const show = (n: string) => `sources/${n}`;
const run = (list: string, hashes: Record<string, string>) => () =>
  checkArchiveHashes(parseChecksums(list, 'sources/SHA256SUMS'), new Map(Object.entries(hashes)), show, 'sources/SHA256SUMS');

describe('archive checksums', () => {
  it('passes when every text is listed with its hash', () => {
    expect(run(`${a}  x.txt\n${b} *y.txt\n`, { 'x.txt': a, 'y.txt': b })).not.toThrow();
  });
  it('names an edited text and the line that disagrees', () => {
    expect(run(`${a}  x.txt\n${b}  y.txt\n`, { 'x.txt': a, 'y.txt': a })).toThrow(
      /^sources\/y\.txt {2}The text has changed since it was archived: .* sources\/SHA256SUMS:2 says bbbbbbbbbbbb….\n {2}hint: Sources are archived byte for byte/,
    );
  });
  it('names an unlisted text, a listed file that is gone and a malformed line', () => {
    expect(run(`${a}  x.txt\n`, { 'x.txt': a, 'new.txt': b })).toThrow(/^sources\/new\.txt {2}The text is not in sources\/SHA256SUMS/);
    expect(run(`${a}  x.txt\n${b}  gone.txt\n`, { 'x.txt': a })).toThrow(/^sources\/SHA256SUMS:2:67 {2}gone\.txt is listed but not in the archive/);
    expect(run('not a checksum\n', {})).toThrow(/^sources\/SHA256SUMS:1:1 {2}This line of the checksum list/);
  });
  it('names every unlisted, changed and missing text at once', () => {
    expect(run(`${a}  x.txt\n${b}  gone.txt\n`, { 'x.txt': b, 'new.txt': b })).toThrow(
      /^3 errors:\n\nsources\/SHA256SUMS:2:67 {2}gone\.txt is listed.*\n\nsources\/new\.txt {2}The text is not in.*\n\nsources\/x\.txt {2}The text has changed/s,
    );
  });
});
