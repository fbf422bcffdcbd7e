import { Zip, type ZipInputFile } from 'fflate';

/** One file of a zip, already deflated (raw deflate, as zip's method 8 holds it). */
export interface DeflatedFile {
  /** Path inside the zip, with `/` separators. */
  name: string;
  /** The file's own length and CRC-32. */
  size: number;
  crc: number;
  deflated: Uint8Array;
}

/** Writes a zip as it is made: `add` answers an entry's bytes (header, data, descriptor) and `end` the central directory. */
export interface ZipWriter {
  add(file: DeflatedFile): Uint8Array[];
  end(): Uint8Array[];
}

/**
 * A zip of files deflated beforehand (so each can be compressed off the main thread, and a file
 * that did not change since the last build reuses its compressed bytes), by fflate's streaming
 * `Zip`: each entry is a `ZipInputFile` whose data is the deflated bytes as they are. Each entry's
 * bytes are handed back at once and not kept — only what the central directory needs (name, size,
 * CRC, offset) stays — so a caller that writes them out holds one entry at a time, not the zip.
 */
export function zipWriter(mtime: Date): ZipWriter {
  let chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const take = () => {
    if (failure) throw failure;
    const out = chunks;
    chunks = [];
    return out;
  };
  return {
    add(file) {
      const entry: ZipInputFile = { filename: file.name, size: file.size, crc: file.crc, compression: 8, mtime };
      zip.add(entry);
      // fflate types its chunks as backed by an ArrayBuffer; a Buffer slice may be typed SharedArrayBuffer-backed, never is.
      entry.ondata!(null, file.deflated as Uint8Array<ArrayBuffer>, true);
      return take();
    },
    end() {
      zip.end();
      return take();
    },
  };
}
