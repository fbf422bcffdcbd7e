import { SourcebookError } from './errors';

/** Decodes strictly: a raw source that is not UTF-8 is rejected at the first bad byte, never guessed at. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const { line, column, offset } = firstInvalidByte(bytes);
    throw new SourcebookError(
      { file, line, column },
      `The file is not valid UTF-8 (bad byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at byte ${offset}).`,
      'Re-save the file as UTF-8; sources are archived byte for byte, so fix the copy you import, not the archive.',
    );
  }
}

function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; offset: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails; a cut inside a valid multi-byte
  // sequence also fails, so we confirm by decoding with `stream: true`.
  while (low < high) {
    const mid = (low + high) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, low));
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: low };
}
