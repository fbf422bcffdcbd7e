import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
  get(key: string): Buffer | undefined;
  set(key: string, value: Uint8Array): void;
  /** Writes what this build read or made, and nothing else, for the next build. */
  save(): Promise<void>;
  /** How many `get` calls found their value. */
  readonly hits: number;
}

const MAGIC = Buffer.from('sourcebook-cache 1\n');
const KEY_BYTES = 32;
const DIGEST = 32;

/** The entries of a pack written by `save`, or none if it is missing, of another format or damaged. */
function readPack(pack: Buffer | undefined): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  if (!pack || pack.length < MAGIC.length + DIGEST || !pack.subarray(0, MAGIC.length).equals(MAGIC)) return entries;
  const body = pack.subarray(0, pack.length - DIGEST);
  if (!createHash('sha256').update(body).digest().equals(pack.subarray(body.length))) return entries;
  for (let at = MAGIC.length; at + KEY_BYTES + 4 <= body.length;) {
    const key = body.toString('hex', at, at + KEY_BYTES);
    const length = body.readUInt32LE(at + KEY_BYTES);
    at += KEY_BYTES + 4;
    entries.set(key, body.subarray(at, at + length));
    at += length;
  }
  return entries;
}

/**
 * A cache kept in one file (one read and one write per build, not one per entry), its values
 * found by content key — never by a date: a changed input has another key, so nothing stale is
 * found. The file ends with the SHA-256 of the rest, and one that does not match (a torn write, a
 * damaged disk) is read as empty; it is written to a temporary file and renamed into place.
 * `fresh` ignores what is stored (and replaces it on `save`).
 */
export async function openCache(file: string, { fresh = false } = {}): Promise<ContentCache> {
  const stored = readPack(fresh ? undefined : await readFile(file).catch(() => undefined));
  const kept = new Map<string, Uint8Array>();
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    get(key) {
      const value = stored.get(key);
      if (value) {
        hits++;
        kept.set(key, value);
      }
      return value;
    },
    set(key, value) {
      kept.set(key, value);
    },
    async save() {
      const parts: Uint8Array[] = [MAGIC];
      for (const [key, value] of kept) {
        const head = Buffer.alloc(KEY_BYTES + 4);
        head.write(key, 'hex');
        head.writeUInt32LE(value.length, KEY_BYTES);
        parts.push(head, value);
      }
      const body = Buffer.concat(parts);
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, Buffer.concat([body, createHash('sha256').update(body).digest()]));
      await rename(temporary, file);
    },
  };
}
