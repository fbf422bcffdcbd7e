import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parseLock, serialiseLock, type CitationLock } from '../lib/citation-lock';
import { takeCitedPassages, updatingLock } from '../markdown/remark-citation-lock';

export interface CitationLockOptions {
  /** The lock file (default: `content/citations.lock` under `process.cwd()`). */
  lockFile?: string;
}

/**
 * Writes the citation lock after a successful build (a failed one stops before this hook).
 * A normal build only adds the passages the lock had not seen; `npm run lock:update` writes the
 * lock afresh from this build's citations, which the author has reviewed.
 */
export function citationLock(options: CitationLockOptions = {}): AstroIntegration {
  const lockFile = resolve(options.lockFile ?? join(process.cwd(), 'content/citations.lock'));
  return {
    name: 'sourcebook:citation-lock',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const cited = takeCitedPassages();
        const before = existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : '';
        const old: CitationLock = before ? parseLock(before, lockFile) : new Map();
        const next: CitationLock = updatingLock() ? cited : new Map([...old, ...[...cited].filter(([key]) => !old.has(key))]);
        const text = serialiseLock(next);
        const added = [...next.keys()].filter((key) => !old.has(key)).length;
        const name = relative(process.cwd(), lockFile) || lockFile;
        if (text === before) {
          logger.info(`${name}: ${next.size} cited passages, unchanged.`);
          return;
        }
        writeFileSync(lockFile, text);
        const dropped = [...old.keys()].filter((key) => !next.has(key)).length;
        const changed = [...next].filter(([key, entry]) => old.has(key) && old.get(key)!.sha256 !== entry.sha256).length;
        logger.info(`${name}: ${next.size} cited passages (${added} new, ${changed} updated, ${dropped} no longer cited).`);
      },
    },
  };
}
