import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { compareWithLock, describeChange, lockEntry, lockKey, parseLock, type CitationLock, type LockEntry } from '../lib/citation-lock';
import { SourcebookError } from '../lib/errors';
import { parseCitations, type CitationGroup } from '../lib/parse-citations';
import { passageLabel, resolveCitation, type CitationIndex } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { locator } from './file-locator';
import { reportErrors } from './page-errors';
import { proseBlocks, type ProseBlock } from './prose-blocks';

export interface RemarkCitationLockOptions {
  /** Project root whose `content/sources/` is cited (default: `process.cwd()`, Astro's root). */
  root?: string;
  /** The lock file (default: `content/citations.lock` under `process.cwd()`). */
  lockFile?: string;
  /** An index to check against instead of the project's archive (tests). */
  index?: CitationIndex;
}

/** Every passage cited in this build, with its current text: what integrations/citation-lock writes. */
const cited = new Map<string, LockEntry>();

export function takeCitedPassages(): Map<string, LockEntry> {
  const taken = new Map(cited);
  cited.clear();
  return taken;
}

/** `SOURCEBOOK_LOCK=update` (set by `npm run lock:update`): the author has reviewed the changes. */
export const updatingLock = () => process.env['SOURCEBOOK_LOCK'] === 'update';

/**
 * Checks every citation against the citation lock (lib/citation-lock): a citation whose target
 * passage changed since the lock was written — edited, or renumbered by a curation change — is
 * an error at the citation, naming the old and the new text and where the old text is now.
 * Citations the lock has not seen are only recorded; the build adds them to the lock.
 *
 * Errors are reported with the page's others (markdown/page-errors). Preconditions: runs before remark-citations, on the same tree.
 */
export function remarkCitationLock(options: RemarkCitationLockOptions = {}) {
  const root = options.root ?? process.cwd();
  const lockFile = resolve(options.lockFile ?? join(process.cwd(), 'content/citations.lock'));
  return (tree: Root, file: VFile) => {
    const index = options.index ?? loadIndex(root);
    const lock = readLock(lockFile);
    const update = updatingLock();
    const where = citationLocator(file);
    const errors: SourcebookError[] = [];
    for (const block of proseBlocks(tree)) {
      for (const group of parseCitations(block.text)) {
        if (!group.ok) break;
        const position = where(block, group);
        if (!position) continue;
        for (const citation of group.citations) {
          const source = index.get(citation.sourceId);
          if (!source) continue;
          // `§11 ¶3` and a quote alone are locked as the passage they resolve to (`p87`).
          const resolved = resolveCitation(index, citation);
          const passageId = resolved.ok ? resolved.passage.id : citation.locator.kind === 'passage' ? citation.locator.passage.id : undefined;
          if (passageId === undefined) continue;
          const text = resolved.ok ? resolved.text : undefined;
          const verdict = compareWithLock(lock, citation.sourceId, passageId, text, source.passages);
          if (verdict.status === 'changed' && !update) {
            const { reason, hint } = describeChange(citation.sourceId, passageId, verdict, (id) => passageLabel(source, id));
            errors.push(new SourcebookError(position, reason, hint));
          }
          if (text !== undefined) cited.set(lockKey(citation.sourceId, passageId), lockEntry(text));
        }
      }
    }
    reportErrors(file, errors);
  };
}

const loaded = new Map<string, { stamp: number; lock: CitationLock }>();

function readLock(lockFile: string): CitationLock {
  if (!existsSync(lockFile)) return new Map();
  const stamp = statSync(lockFile).mtimeMs;
  const cached = loaded.get(lockFile);
  if (cached?.stamp === stamp) return cached.lock;
  const lock = parseLock(readFileSync(lockFile, 'utf8'), relative(process.cwd(), lockFile) || lockFile);
  loaded.set(lockFile, { stamp, lock });
  return lock;
}

const straighten = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * `file:line:col` of a citation group's `[`, or undefined for an escaped `\[@` (not a citation).
 * The group's head (`[@src ¶4`) is found in the Markdown source of its text node, counting
 * repeats, since smartypants may have changed the quoted words after it.
 */
function citationLocator(file: VFile) {
  const locate = locator(file);
  const source = String(file.value ?? '');
  return (block: ProseBlock, group: CitationGroup) => {
    const run = block.runs.find((r) => group.offset >= r.from && group.offset < r.from + r.node.value.length);
    const start = run?.node.position?.start.offset;
    const end = run?.node.position?.end.offset;
    if (!run || start === undefined || end === undefined) return locate(undefined, run?.node ?? block.node);
    const value = run.node.value;
    const inRun = group.offset - run.from;
    const head = straighten(value.slice(inRun, inRun + group.length)).replace(/\s*["'].*$/s, '');
    const repeats = straighten(value.slice(0, inRun)).split(head).length - 1;
    const raw = straighten(source.slice(start, end));
    let at = -1;
    for (let k = 0; k <= repeats; k += 1) at = raw.indexOf(head, at + 1);
    if (at > 0 && raw[at - 1] === '\\') return undefined;
    return locate(at < 0 ? start : start + at, run.node);
  };
}
