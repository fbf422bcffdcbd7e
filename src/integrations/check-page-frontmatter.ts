import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFrontmatter } from '../lib/check-frontmatter';
import { authoringErrorsOf, SourcebookError, SourcebookErrors } from '../lib/errors';
import { metadataPairs, routeConflicts } from '../lib/page-routes';
import { loadSiteConfig } from '../lib/site-config';
import { pageFrontmatter } from '../schemas/page-frontmatter';

/**
 * Checks every page when a build starts, before the content layer does: frontmatter, so that a
 * wrong field stops the build at `file:line:col` instead of Astro's `file:0:0`; and addresses, so
 * that a page no other page or route can shadow (Astro only warns, or drops one silently), and a
 * source has one metadata file. Every problem is reported at once.
 */
export function checkPageFrontmatter(): AstroIntegration {
  return {
    name: 'sourcebook:check-page-frontmatter',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const folder = join(root, 'content/pages');
        const show = (path: string) => relative(root, path);
        const errors: SourcebookError[] = [];
        const collect = (check: () => void) => {
          try {
            check();
          } catch (error) {
            const found = authoringErrorsOf(error);
            if (!found) throw error;
            errors.push(...found);
          }
        };
        let schema: ReturnType<typeof pageFrontmatter> | undefined;
        collect(() => {
          const [first, ...rest] = loadSiteConfig(join(root, 'content/site.yaml')).topics.map((t) => t.id);
          schema = pageFrontmatter([first!, ...rest]);
        });
        const pages: string[] = [];
        for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
          const path = join(entry.parentPath, entry.name);
          pages.push(relative(folder, path));
          if (schema) collect(() => checkFrontmatter(readFileSync(path, 'utf8'), show(path), schema!));
        }
        const publicDir = fileURLToPath(config.publicDir);
        const publicFiles = existsSync(publicDir) ? readdirSync(publicDir, { recursive: true, encoding: 'utf8' }) : [];
        for (const conflict of routeConflicts(pages, publicFiles, (page) => show(join(folder, page)))) {
          errors.push(
            new SourcebookError(
              { file: conflict.file, line: 1, column: 1 },
              `The page's address /${conflict.route}/ is already taken by ${conflict.other}; one of them would be lost.`,
              'Rename one of the two files (a page is served at its file name without the extension).',
            ),
          );
        }
        const sources = join(root, 'content/sources');
        for (const [yaml, yml] of existsSync(sources) ? metadataPairs(readdirSync(sources)) : []) {
          errors.push(
            new SourcebookError(
              { file: show(join(sources, yml)), line: 1, column: 1 },
              `Two metadata files for one source: ${show(join(sources, yaml))} and ${yml}; only one would be read.`,
              'Keep one of them (merge what the other holds into it) and delete the other.',
            ),
          );
        }
        if (errors.length > 0) throw new SourcebookErrors(errors, 'error in pages and sources');
      },
    },
  };
}
