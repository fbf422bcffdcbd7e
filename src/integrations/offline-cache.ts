import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A key made of everything that decides a cached value (strings and bytes, each length-prefixed so parts cannot run together). */
export function contentKey(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** Values kept between builds, each under the key of what it was made from. */
export interface ContentCache {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  /** Puts in place what this build read or made, and nothing else, for the next build. */
  save(): Promise<void>;
  /** Leaves the stored pack as it was (a failed build). */
  discard(): Promise<void>;
  /** How many `get` calls found their value. */
  readonly hits: number;
}

const MAGIC = Buffer.from('sourcebook-cache 1\n');
const KEY_BYTES = 32;
const HEAD = KEY_BYTES + 4;
const DIGEST = 32;
const FLUSH_BYTES = 1 << 20;

/** Where a value stands in a pack, in bytes. */
interface Place {
  at: number;
  length: number;
}

/** Where each value of a pack written by `save` stands in it, or nothing if it is missing, of another format or damaged. */
async function readIndex(file: string): Promise<{ handle: FileHandle; index: Map<string, Place> } | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  const { size } = await handle.stat();
  const magic = Buffer.alloc(MAGIC.length);
  if (size < MAGIC.length + DIGEST || (await handle.read(magic, 0, MAGIC.length, 0)).bytesRead < MAGIC.length || !magic.equals(MAGIC)) {
    await handle.close();
    return undefined;
  }
  // Checked as a stream, not read whole: at 4,000 pages a pack is hundreds of MB.
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  for (let at = 0; at < size - DIGEST;) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - DIGEST - at), at);
    if (bytesRead === 0) break;
    hash.update(chunk.subarray(0, bytesRead));
    at += bytesRead;
  }
  const digest = Buffer.alloc(DIGEST);
  await handle.read(digest, 0, DIGEST, size - DIGEST);
  if (!hash.digest().equals(digest)) {
    await handle.close();
    return undefined;
  }
  const index = new Map<string, Place>();
  const head = Buffer.alloc(HEAD);
  for (let at = MAGIC.length; at + HEAD <= size - DIGEST;) {
    await handle.read(head, 0, HEAD, at);
    const length = head.readUInt32LE(KEY_BYTES);
    // A value that runs past the end: not a pack this code wrote, whatever its digest says.
    if (at + HEAD + length > size - DIGEST) {
      await handle.close();
      return undefined;
    }
    index.set(head.toString('hex', 0, KEY_BYTES), { at: at + HEAD, length });
    at += HEAD + length;
  }
  return { handle, index };
}

/**
 * A cache kept in one file, its values found by content key — never by a date: a changed input
 * has another key, so nothing stale is found. Neither the stored pack nor the new one is held in
 * memory: a value is read from the pack when asked for, and what a build reads or makes is
 * appended to a temporary file as it goes, which `save` renames into place. The file ends with the
 * SHA-256 of the rest, and one that does not match (a torn write, a damaged disk) is read as empty.
 * `fresh` ignores what is stored (and replaces it on `save`).
 */
export async function openCache(file: string, { fresh = false } = {}): Promise<ContentCache> {
  const stored = fresh ? undefined : await readIndex(file);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  // Read as well as written: a value this build made is found again by a later file with the same bytes.
  const out = await open(temporary, 'w+');
  const hash = createHash('sha256');
  // Where each value this build kept stands: known when it is appended, on disk once flushed.
  const written = new Map<string, Place>();
  let end = 0;
  let flushed = 0;
  // Appended bytes not yet written: gathered into writes of ~1 MB (one per entry was thousands of
  // small writes through libuv's thread pool, which zlib's deflates use too), in call order.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let flushing: Promise<void> = Promise.resolve();
  const append = (part: Uint8Array, hashed = true) => {
    if (hashed) hash.update(part);
    pending.push(part);
    pendingBytes += part.length;
    end += part.length;
  };
  const flush = () => {
    if (pendingBytes > 0) {
      const bytes = Buffer.concat(pending);
      const at = end - pendingBytes;
      pending = [];
      pendingBytes = 0;
      flushing = flushing.then(async () => {
        await out.write(bytes, 0, bytes.length, at);
        flushed = at + bytes.length;
      });
    }
    return flushing;
  };
  const keep = async (key: string, value: Uint8Array) => {
    if (written.has(key)) return;
    const head = Buffer.alloc(HEAD);
    head.write(key, 'hex');
    head.writeUInt32LE(value.length, KEY_BYTES);
    append(head);
    written.set(key, { at: end, length: value.length });
    append(value);
    if (pendingBytes >= FLUSH_BYTES) await flush();
  };
  const readAt = async (handle: FileHandle, { at, length }: Place) => {
    const value = Buffer.alloc(length);
    await handle.read(value, 0, length, at);
    return value;
  };
  const close = async () => {
    await flushing.catch(() => undefined);
    await Promise.all([out.close(), stored?.handle.close()]);
  };
  append(MAGIC);
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    async get(key) {
      const old = stored?.index.get(key);
      const made = written.get(key);
      if (!old && !made) return undefined;
      hits++;
      if (made) {
        if (made.at + made.length > flushed) await flush();
        return readAt(out, made);
      }
      const value = await readAt(stored!.handle, old!);
      await keep(key, value);
      return value;
    },
    set: keep,
    async save() {
      append(hash.digest(), false);
      await flush();
      await close();
      await rename(temporary, file);
    },
    async discard() {
      await close();
      await rm(temporary, { force: true });
    },
  };
}
