import type { z } from 'astro/zod';
import { SourcebookError, throwErrors } from './errors';
import { parseLocatedYaml } from './yaml-document';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/**
 * Validates a page's frontmatter before Astro does, because Astro reports schema errors at
 * `file:0:0`; ours point at the offending line and column and say where the fields are documented.
 */
export function checkFrontmatter(text: string, file: string, schema: z.ZodType): void {
  if (text.startsWith('\uFEFF')) {
    throw new SourcebookError(
      { file, line: 1, column: 1 },
      'The file starts with a byte-order mark (U+FEFF), so its frontmatter is not recognised.',
      'Save the file as UTF-8 without BOM (in most editors: "UTF-8", not "UTF-8 with BOM").',
    );
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    throw new SourcebookError(
      { file, line: 1, column: 1 },
      'The page has no frontmatter.',
      'Start the file with a block between two "---" lines holding title, description, topic, kind and updated.',
    );
  }
  const { data, locate } = parseLocatedYaml(match[1] ?? '', file, 2);
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return;
  // Every wrong field of the page at once.
  throwErrors(parsed.error.issues.map((issue) => issueError(issue, data, file, locate)));
}

function issueError(issue: z.core.$ZodIssue, data: unknown, file: string, locate: ReturnType<typeof parseLocatedYaml>['locate']): SourcebookError {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const at = locate([key]);
    return new SourcebookError(
      { ...at, column: 1 },
      `Unknown frontmatter field \`${key}\`.`,
      'Every field is described in src/schemas/page-frontmatter.ts; remove or rename this one.',
    );
  }
  const field = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the frontmatter';
  // Present but unreadable (`updated: 2026-13-45` coerces to an Invalid Date) is not missing.
  const present = issue.path.length > 0 && data !== null && typeof data === 'object' && String(issue.path[0]) in data;
  const missing = !present && issue.code === 'invalid_type' && issue.input === undefined;
  return new SourcebookError(
    missing ? { file, line: 1, column: 1 } : locate(issue.path),
    missing ? `Frontmatter is missing ${field}.` : `Invalid frontmatter in ${field}: ${issue.message}`,
    'Every field is described in src/schemas/page-frontmatter.ts; topics are listed in content/site.yaml.',
  );
}
