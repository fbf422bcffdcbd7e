import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteConfig, type SiteConfig } from '../schemas/site-config';
import { SourcebookError } from './errors';
import { parseLocatedYaml } from './yaml-document';

const cache = new Map<string, SiteConfig>();

/** Reads a corpus's `content/site.yaml` once per process (per file: the bench builds copies). */
export function loadSiteConfig(file = resolve('content/site.yaml')): SiteConfig {
  const cached = cache.get(file);
  if (cached) return cached;
  const display = 'content/site.yaml';
  const { data, locate } = parseLocatedYaml(readFileSync(file, 'utf8'), display);
  const parsed = siteConfig.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourcebookError(
      locate(issue.path),
      `Invalid site settings in \`${issue.path.join('.') || 'the file'}\`: ${issue.message}`,
      'Every setting is described in src/schemas/site-config.ts.',
    );
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
