import { SourcebookError, throwErrors } from './errors';

export interface ChecksumEntry {
  sha256: string;
  name: string;
  line: number;
}

/** Parses `sha256sum` output (`<64 hex>  <name>`, `*` marking binary mode); other lines are errors. */
export function parseChecksums(text: string, file: string): ChecksumEntry[] {
  const entries: ChecksumEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw);
    if (!match)
      throw new SourcebookError(
        { file, line: i + 1, column: 1 },
        'This line of the checksum list is not "<sha256>  <file name>".',
        'Regenerate the list in the sources folder with `sha256sum` over every raw text, e.g. `sha256sum *.txt > SHA256SUMS` (add `*.md` and `*.html` if the folder has them).',
      );
    entries.push({ sha256: match[1]!.toLowerCase(), name: match[2]!, line: i + 1 });
  });
  return entries;
}

/**
 * Checks the raw texts against the archive's checksum list: every `.txt` must be listed, and
 * hash as listed, so a text edited after archiving (even a line no page cites) stops the build
 * instead of being shown as "kept unedited". `hashes` maps each `.txt` file name to its SHA-256.
 * Every unlisted, changed or missing text is named at once.
 */
export function checkArchiveHashes(list: ChecksumEntry[], hashes: ReadonlyMap<string, string>, display: (name: string) => string, listFile: string): void {
  const listed = new Map(list.map((e) => [e.name, e]));
  const errors: SourcebookError[] = [];
  for (const [name, sha256] of hashes) {
    const entry = listed.get(name);
    if (!entry) {
      errors.push(
        new SourcebookError(
          { file: display(name) },
          `The text is not in ${listFile}, so nothing shows it is the archived original.`,
          `Add its line: \`sha256sum ${name} >> ${listFile}\` (after checking the text is the original capture).`,
        ),
      );
      continue;
    }
    if (entry.sha256 !== sha256) {
      errors.push(
        new SourcebookError(
          { file: display(name) },
          `The text has changed since it was archived: its SHA-256 is ${sha256.slice(0, 12)}…, ${listFile}:${entry.line} says ${entry.sha256.slice(0, 12)}….`,
          'Sources are archived byte for byte: restore the original (git checkout -- the file). A new capture is a new source with its own file name and checksum line.',
        ),
      );
    }
  }
  for (const entry of list) {
    if (!hashes.has(entry.name))
      errors.push(
        new SourcebookError(
          { file: listFile, line: entry.line, column: 67 },
          `${entry.name} is listed but not in the archive.`,
          'Restore the file, or remove its line from the list.',
        ),
      );
  }
  throwErrors(errors);
}
