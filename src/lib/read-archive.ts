import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DEFAULT_SOURCE_KINDS, sourceMeta, unknownKind } from '../schemas/source-meta';
import type { ArchivedSource } from '../schemas/archived-source';
import { curateText } from './curate-text';
import { readHtml } from './source-formats/html-source';
import { readMarkdown } from './source-formats/markdown-source';
import { curateBlocks } from './source-formats/structured-blocks';
import { checkArchiveHashes, parseChecksums } from './archive-hashes';
import { rejectControlCharacters } from './control-chars';
import { decodeUtf8 } from './decode-utf8';
import { readOnce } from './disk-memo';
import { collectErrors, SourcebookError, SourcebookErrors, type SourcePosition } from './errors';
import { checkSourceText } from './source-text-checks';
import { loadSiteConfig, SITE_FILE } from './site-config';
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
  const site = join(root, SITE_FILE);
  return readOnce('archive', dir, () => readArchive(dir, root, existsSync(site) ? loadSiteConfig(site).sourceKinds : DEFAULT_SOURCE_KINDS));
}

/**
 * Reads every `<name>.txt` + `<name>.yaml` pair in a folder: the single reader of the raw
 * archive. Error positions name files relative to `cwd`; `kinds` are the site's source kinds
 * (`sourceKinds` in content/site.yaml). Use `loadArchive` in a build.
 */
export function readArchive(dir: string, cwd = process.cwd(), kinds: readonly string[] = DEFAULT_SOURCE_KINDS): ArchivedSource[] {
  const names = readdirSync(dir).sort();
  const display = (name: string) => relative(cwd, join(dir, name)) || name;
  // Every source is read and checked, so one build names every wrong file and rule of the archive.
  const errors: SourcebookError[] = [];
  const check = (step: () => void) => collectErrors(errors, step)();
  for (const name of names.filter((n) => /\.ya?ml$/.test(n))) {
    const stem = name.replace(/\.ya?ml$/, '');
    if (!names.some((n) => isRawText(n) && stemOf(n) === stem)) {
      throw new SourcebookError(
        { file: display(name), line: 1 },
        `Metadata without a text: there is no ${stem}.txt (or .md, .html) beside it.`,
        'Add the raw text, or delete the metadata file.',
      );
    }
  }
  const sources: ArchivedSource[] = [];
  for (const name of names.filter(isRawText)) check(() => void sources.push(readOne(dir, name, display, kinds)));
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
        { file: display(`${stemOf(source.file)}.yaml`), line: 1 },
        `Duplicate source id "${source.id}" (also used by ${other}).`,
        'Source ids must be unique; footnotes use them.',
      );
    seen.set(source.id, source.file);
  }
  for (const source of sources) {
    source.relations.forEach((relation, index) => {
      if (!relation.source || seen.has(relation.source)) return;
      const metaName = [`${stemOf(source.file)}.yaml`, `${stemOf(source.file)}.yml`].find((m) => existsSync(join(dir, m)))!;
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

function readOne(dir: string, name: string, display: (n: string) => string, kinds: readonly string[]): ArchivedSource {
  const stem = stemOf(name);
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
  const kind = unknownKind(meta.kind, kinds);
  if (kind)
    throw new SourcebookError(locate(['kind']), `Invalid metadata in \`kind\`: ${kind}`, 'Add it to `sourceKinds` in content/site.yaml, or use one of those.');
  const bytes = readFileSync(join(dir, name));
  const raw = decodeUtf8(bytes, display(name));
  rejectControlCharacters(raw, display(name));
  checkSourceText(raw, display(name));
  const format = formatOf(name, meta.format, () => locate(['format']));
  const ruleAt = (index: number, field?: string) => locate(field ? ['curation', index, field] : ['curation', index]);
  const text =
    format === 'markdown' || format === 'html'
      ? curateBlocks({ ...(format === 'html' ? readHtml(raw) : readMarkdown(raw)), format, curation: meta.curation, ruleAt, lineCount: countLines(raw) })
      : curateText({ raw, rawFile: display(name), format, headings: meta.headings, curation: meta.curation, ruleAt });
  return {
    ...meta,
    format,
    ...text,
    file: name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    lineCount: countLines(raw),
  };
}

/** Lines as an editor counts them: a final line break ends the last line rather than starting another. */
export function countLines(raw: string): number {
  return raw.split(/\r?\n/).length - (/\r?\n$/.test(raw) ? 1 : 0);
}

/** Raw texts the archive reads: plain text, Markdown and saved web pages. */
const RAW_EXTENSIONS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

function extensionOf(name: string): string {
  return /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '';
}

function isRawText(name: string): boolean {
  return extensionOf(name) in RAW_EXTENSIONS;
}

function stemOf(name: string): string {
  return basename(name, /\.[^.]+$/.exec(name)?.[0] ?? '');
}

/** How a raw file is read: its `format`, which must fit its name; by default what its name says. */
function formatOf(name: string, format: ArchivedSource['format'] | undefined, at: () => SourcePosition): ArchivedSource['format'] {
  const kind = RAW_EXTENSIONS[extensionOf(name)]!;
  if (format === undefined) return kind === 'text' ? 'blank-lines' : kind;
  const fits = kind === 'text' ? format === 'blank-lines' || format === 'lines' : format === kind;
  if (!fits)
    throw new SourcebookError(
      at(),
      `\`format: ${format}\` does not fit the raw file ${name}.`,
      kind === 'text' ? 'A .txt file is read as "blank-lines" or "lines".' : `A ${extensionOf(name)} file is read as "${kind}": leave \`format\` out.`,
    );
  return format;
}
