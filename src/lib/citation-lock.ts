import { createHash } from 'node:crypto';
import { SourcebookError } from './errors';
import { citationLabel } from './passage-id';

/**
 * The citation lock (`content/citations.lock`): for every cited passage, a fingerprint of the
 * text it had when its citations were last reviewed. A citation without a quote (`[@src ¶87]`)
 * otherwise points at whatever paragraph is number 87 after the next curation change; with the
 * lock, a changed or renumbered target stops the build until the author has looked at it.
 */
export interface LockEntry {
  /** SHA-256 of the passage text, hex. */
  sha256: string;
  /** The text itself, so an error can show what the citation used to point at. */
  text: string;
}

/** Keyed `source passage` by the archive's ids, e.g. `report p4`, `report c2`, `report dateline`, `gpl3 s11` (whatever locator the citation used). */
export type CitationLock = Map<string, LockEntry>;

export const lockKey = (sourceId: string, passageId: string) => `${sourceId} ${passageId}`;

export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function lockEntry(text: string): LockEntry {
  return { sha256: fingerprint(text), text };
}

const ABOUT =
  'Fingerprints of every cited passage. The build adds new citations itself and stops when a cited passage changed; after reviewing the citations it names, run `npm run lock:update`.';

export function parseLock(json: string, file: string): CitationLock {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new SourcebookError(
      { file },
      `The citation lock is not valid JSON (${(error as Error).message}).`,
      'Restore it from version control, or delete it and run `npm run lock:update` to write it afresh.',
    );
  }
  const passages = (data as { passages?: unknown })?.passages;
  if (!passages || typeof passages !== 'object') {
    throw new SourcebookError(
      { file },
      'The citation lock has no "passages" object.',
      'Restore it from version control, or delete it and run `npm run lock:update`.',
    );
  }
  const lock: CitationLock = new Map();
  for (const [key, value] of Object.entries(passages as Record<string, Partial<LockEntry>>)) {
    if (typeof value?.sha256 !== 'string' || typeof value.text !== 'string') {
      throw new SourcebookError(
        { file },
        `The citation lock's entry "${key}" needs "sha256" and "text".`,
        'Restore it from version control, or run `npm run lock:update`.',
      );
    }
    lock.set(key, { sha256: value.sha256, text: value.text });
  }
  return lock;
}

/** Stable output (sorted by source, then passage number), so the lock diffs well in review. */
export function serialiseLock(lock: CitationLock): string {
  const order = (key: string) => {
    const [source = '', passage = ''] = key.split(' ');
    const n = Number(passage.slice(1));
    return [source, passage[0] ?? '', Number.isFinite(n) ? n : -1] as const;
  };
  const keys = [...lock.keys()].sort((a, b) => {
    const [sa, ka, na] = order(a);
    const [sb, kb, nb] = order(b);
    return sa.localeCompare(sb) || ka.localeCompare(kb) || na - nb;
  });
  const passages = Object.fromEntries(keys.map((k) => [k, lock.get(k)!]));
  return `${JSON.stringify({ about: ABOUT, passages }, null, 2)}\n`;
}

export type LockVerdict =
  { status: 'new' } | { status: 'unchanged' } | { status: 'changed'; old: LockEntry; now: string | undefined; movedTo: string | undefined };

/**
 * Compares a cited passage with its locked text. `passages` are all passages of the same source,
 * searched for the old text when it is no longer where the citation points.
 */
export function compareWithLock(
  lock: CitationLock,
  sourceId: string,
  passageId: string,
  text: string | undefined,
  passages: ReadonlyMap<string, string>,
): LockVerdict {
  const old = lock.get(lockKey(sourceId, passageId));
  if (!old) return { status: 'new' };
  if (text !== undefined && fingerprint(text) === old.sha256) return { status: 'unchanged' };
  const movedTo = [...passages].find(([, other]) => fingerprint(other) === old.sha256)?.[0];
  return { status: 'changed', old, now: text, movedTo };
}

/**
 * The error for a changed target: old and new text, and where the old text is now. `label`
 * writes a passage id as citations do (default `¶4`; a source with sections also writes `§11`).
 */
export function describeChange(
  sourceId: string,
  passageId: string,
  verdict: Extract<LockVerdict, { status: 'changed' }>,
  label: (id: string) => string = citationLabel,
): { reason: string; hint: string } {
  const cited = `${sourceId} ${label(passageId)}`;
  const now = verdict.now === undefined ? 'no longer exists' : `now says “${clip(verdict.now)}”`;
  const moved = verdict.movedTo ? ` The old text is now ${label(verdict.movedTo)}.` : ' The old text is no longer in the source.';
  return {
    reason: `The passage this citation points at changed since the citation lock was written: ${cited} said “${clip(verdict.old.text)}” and ${now}.${moved}`,
    hint: verdict.movedTo
      ? `If the citation meant the old text, cite [@${sourceId} ${label(verdict.movedTo)}]. Then run \`npm run lock:update\` to record the reviewed targets.`
      : 'Check that the sentence is still supported by the passage it cites (or cite another), then run `npm run lock:update` to record the reviewed targets.',
  };
}

function clip(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
