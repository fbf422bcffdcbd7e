import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { siteConfig, type SiteConfig } from '../schemas/site-config';
import { readOnce } from './disk-memo';
import { SourcebookError } from './errors';
import { parseLocatedYaml } from './yaml-document';

/** Where a project keeps its site settings, relative to the project root. */
export const SITE_FILE = 'content/site.yaml';

/**
 * A corpus's site settings, parsed once per build however many pages and plugins ask (again only
 * after the file changed). The default is the project root's `content/site.yaml`, Astro's root
 * being the working directory; the bench passes the files of its copies.
 */
export function loadSiteConfig(file = resolve(SITE_FILE)): SiteConfig {
  return readOnce('site', file, () => parseSiteConfig(readFileSync(file, 'utf8'), relative(process.cwd(), file) || SITE_FILE));
}

/** Validates the text of a `site.yaml`; errors point at `display:line:col`. */
export function parseSiteConfig(text: string, display = SITE_FILE): SiteConfig {
  const { data, locate } = parseLocatedYaml(text, display);
  const parsed = siteConfig.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourcebookError(
      locate(issue.path),
      `Invalid site settings in \`${issue.path.join('.') || 'the file'}\`: ${issue.message}`,
      'Every setting is described in src/schemas/site-config.ts.',
    );
  }
  return parsed.data;
}
