import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFrontmatter } from '../lib/check-frontmatter';
import { loadSiteConfig } from '../lib/site-config';
import { pageFrontmatter } from '../schemas/page-frontmatter';

/**
 * Checks every page's frontmatter when a build starts, before the content layer does, so that
 * a wrong field stops the build at `file:line:col` instead of Astro's `file:0:0`.
 */
export function checkPageFrontmatter(): AstroIntegration {
  return {
    name: 'sourcebook:check-page-frontmatter',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const folder = join(root, 'content/pages');
        const [first, ...rest] = loadSiteConfig(join(root, 'content/site.yaml')).topics.map((t) => t.id);
        const schema = pageFrontmatter([first!, ...rest]);
        for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
          const path = join(entry.parentPath, entry.name);
          checkFrontmatter(readFileSync(path, 'utf8'), relative(root, path), schema);
        }
      },
    },
  };
}
