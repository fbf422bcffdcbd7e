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

/**
 * A zip of files deflated beforehand (so each can be compressed off the main thread, and a file
 * that did not change since the last build reuses its compressed bytes), written by fflate's
 * streaming `Zip`: each entry is a `ZipInputFile` whose data is the deflated bytes as they are.
 */
export function zipDeflated(files: readonly DeflatedFile[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const file of files) {
    const entry: ZipInputFile = { filename: file.name, size: file.size, crc: file.crc, compression: 8, mtime };
    zip.add(entry);
    // fflate types its chunks as backed by an ArrayBuffer; a Buffer slice may be typed SharedArrayBuffer-backed, never is.
    entry.ondata!(null, file.deflated as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
