import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { sourceMeta } from '../schemas/source-meta';
import type { ArchivedSource } from '../schemas/archived-source';
import { curateText } from './curate-text';
import { checkArchiveHashes, parseChecksums } from './archive-hashes';
import { rejectControlCharacters } from './control-chars';
import { decodeUtf8 } from './decode-utf8';
import { readOnce } from './disk-memo';
import { collectErrors, SourcebookError, SourcebookErrors } from './errors';
import { checkSourceText } from './source-text-checks';
import { parseLocatedYaml } from './yaml-document';

/** Where a project keeps its archive, relative to the project root. */
export const ARCHIVE_DIR = 'content/sources';

/**
 * The project's archive, read once per build and shared by everything that needs it (the
 * content loader, the citation plugins, the search index), so they can never disagree about
 * what ¶4 of a source says. `root` is the project root (Astro's `config.root`).
 */
export function loadArchive(root: string): ArchivedSource[] {
  const dir = join(root, ARCHIVE_DIR);
  return readOnce('archive', dir, () => readArchive(dir, root));
}

/**
 * Reads every `<name>.txt` + `<name>.yaml` pair in a folder: the single reader of the raw
 * archive. Error positions name files relative to `cwd`. Use `loadArchive` in a build.
 */
export function readArchive(dir: string, cwd = process.cwd()): ArchivedSource[] {
  const names = readdirSync(dir).sort();
  const display = (name: string) => relative(cwd, join(dir, name)) || name;
  // Every source is read and checked, so one build names every wrong file and rule of the archive.
  const errors: SourcebookError[] = [];
  const check = (step: () => void) => collectErrors(errors, step)();
  for (const name of names.filter((n) => /\.ya?ml$/.test(n))) {
    const stem = name.replace(/\.ya?ml$/, '');
    if (!existsSync(join(dir, `${stem}.txt`))) {
      throw new SourcebookError(
        { file: display(name), line: 1 },
        `Metadata without a text: there is no ${stem}.txt beside it.`,
        'Add the raw text, or delete the metadata file.',
      );
    }
  }
  const sources: ArchivedSource[] = [];
  for (const name of names.filter((n) => n.endsWith('.txt'))) check(() => void sources.push(readOne(dir, name, display)));
  if (names.includes('SHA256SUMS') && errors.length === 0)
    check(() =>
      checkArchiveHashes(
        parseChecksums(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'), display('SHA256SUMS')),
        new Map(sources.map((s) => [s.file, s.sha256])),
        display,
        display('SHA256SUMS'),
      ),
    );
  const seen = new Map<string, string>();
  for (const source of sources) {
    const other = seen.get(source.id);
    if (other)
      throw new SourcebookError(
        { file: display(source.file.replace(/\.txt$/, '.yaml')), line: 1 },
        `Duplicate source id "${source.id}" (also used by ${other}).`,
        'Source ids must be unique; footnotes use them.',
      );
    seen.set(source.id, source.file);
  }
  for (const source of sources) {
    source.relations.forEach((relation, index) => {
      if (!relation.source || seen.has(relation.source)) return;
      const metaName = [`${basename(source.file, '.txt')}.yaml`, `${basename(source.file, '.txt')}.yml`].find((m) => existsSync(join(dir, m)))!;
      const { locate } = parseLocatedYaml(readFileSync(join(dir, metaName), 'utf8'), display(metaName));
      throw new SourcebookError(
        locate(['relations', index, 'source']),
        `Relation ${index + 1} points at an unknown source id "${relation.source}".`,
        `Use one of the ids in this archive (${[...seen.keys()].join(', ')}), or write \`work:\` for a text outside it.`,
      );
    });
  }
  if (errors.length > 0) throw new SourcebookErrors(errors, 'error in the sources');
  return sources;
}

function readOne(dir: string, name: string, display: (n: string) => string): ArchivedSource {
  const stem = basename(name, '.txt');
  const metaName = [`${stem}.yaml`, `${stem}.yml`].find((m) => existsSync(join(dir, m)));
  if (!metaName) {
    throw new SourcebookError(
      { file: display(name) },
      'Source text without metadata.',
      `Create ${stem}.yaml beside it (see docs/authoring.md, "Adding a source").`,
    );
  }
  const metaFile = display(metaName);
  const { data, locate } = parseLocatedYaml(readFileSync(join(dir, metaName), 'utf8'), metaFile);
  const parsed = sourceMeta.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the file';
    throw new SourcebookError(
      locate(issue.path),
      `Invalid metadata in ${field}: ${issue.message}`,
      'See src/schemas/source-meta.ts for every field and its meaning.',
    );
  }
  const meta = parsed.data;
  const bytes = readFileSync(join(dir, name));
  const raw = decodeUtf8(bytes, display(name));
  rejectControlCharacters(raw, display(name));
  checkSourceText(raw, display(name));
  const text = curateText({
    raw,
    rawFile: display(name),
    format: meta.format,
    curation: meta.curation,
    ruleAt: (index) => locate(['curation', index]),
  });
  return {
    ...meta,
    ...text,
    file: name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    lineCount: raw.split(/\r?\n/).length,
  };
}
