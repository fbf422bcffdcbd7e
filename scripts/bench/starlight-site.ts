import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArchive } from '../../src/lib/read-archive';
import { loadSiteConfig } from '../../src/lib/site-config';
import { archivePageMarkdown, escapeMarkdown, toStarlightPage, type SourceLabel } from './starlight-markdown';

/**
 * A stock Starlight site holding our content, for the build-time and first-view comparison. It
 * lives outside the repository and keeps its node_modules between benchmark runs; nothing of it
 * enters the project's package.json.
 */
export const STARLIGHT_DIR = join(tmpdir(), 'sourcebook-bench-starlight');

/** Same Astro version as ours, so the comparison isolates what Starlight adds. */
function dependencies(project: string): Record<string, string> {
  const astro = JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')).version as string;
  return { astro, '@astrojs/starlight': '^0.42.4', '@astrojs/markdown-remark': '^7.3.1' };
}

export type Setup = { ok: true; versions: string } | { ok: false; why: string };

/** Installs Starlight into STARLIGHT_DIR unless the same dependencies are installed already. */
export function installStarlight(project: string): Setup {
  mkdirSync(STARLIGHT_DIR, { recursive: true });
  const wanted = dependencies(project);
  const manifest = join(STARLIGHT_DIR, 'package.json');
  const current = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).dependencies : undefined;
  const installed = existsSync(join(STARLIGHT_DIR, 'node_modules/@astrojs/starlight/package.json'));
  if (!installed || JSON.stringify(current) !== JSON.stringify(wanted)) {
    writeFileSync(manifest, `${JSON.stringify({ name: 'sourcebook-bench-starlight', private: true, type: 'module', dependencies: wanted }, null, 2)}\n`);
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      return {
        ok: false,
        why: `npm install in ${STARLIGHT_DIR} failed (exit ${result.status ?? result.error?.message}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-10).join('\n')}`,
      };
    }
  }
  const version = (name: string) => JSON.parse(readFileSync(join(STARLIGHT_DIR, 'node_modules', name, 'package.json'), 'utf8')).version as string;
  try {
    return { ok: true, versions: `astro ${version('astro')}, @astrojs/starlight ${version('@astrojs/starlight')}` };
  } catch (error) {
    return { ok: false, why: `installed, but a package is missing: ${(error as Error).message}` };
  }
}

/**
 * (Re)writes the Starlight site's config and content from the project: every page of
 * content/pages with citations as plain footnotes, a page per archived source, a sources list.
 * Starlight's defaults otherwise (sidebar listing every page, Pagefind search, Expressive Code).
 */
export function writeStarlightSite(project: string): { pages: number } {
  const site = loadSiteConfig(join(project, 'content/site.yaml'));
  writeStarlightConfig(site.title, 'default');
  // Starlight's starter ships public/favicon.svg and its pages link it; ours is the same drawing.
  mkdirSync(join(STARLIGHT_DIR, 'public'), { recursive: true });
  copyFileSync(join(project, 'src/assets/favicon.svg'), join(STARLIGHT_DIR, 'public/favicon.svg'));
  mkdirSync(join(STARLIGHT_DIR, 'src'), { recursive: true });
  writeFileSync(
    join(STARLIGHT_DIR, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = join(STARLIGHT_DIR, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'sources'), { recursive: true });

  const archive = readArchive(join(project, 'content/sources'), project);
  const labels = new Map<string, SourceLabel>(archive.map((s) => [s.id, { id: s.id, shortTitle: s.shortTitle, site: s.site, date: s.date ?? null }]));
  let pages = 0;
  for (const name of readdirSync(join(project, 'content/pages'))) {
    if (!/\.mdx?$/.test(name)) continue;
    writeFileSync(join(docs, name), toStarlightPage(readFileSync(join(project, 'content/pages', name), 'utf8'), labels));
    pages += 1;
  }
  for (const source of archive) {
    writeFileSync(join(docs, 'sources', `${source.id}.md`), archivePageMarkdown(source));
    pages += 1;
  }
  const list = archive.map((s) => `- [${escapeMarkdown(s.title)}](/sources/${s.id}/)`).join('\n');
  writeFileSync(join(docs, 'sources', 'index.md'), `---\ntitle: Sources\n---\n\n${list}\n`);
  return { pages: pages + 1 };
}

/** The command that builds the Starlight site with the Node running the benchmark (ours is Node 24 from devDependencies). */
export const starlightBuildCommand = (): [string, string[]] => [process.execPath, [join(STARLIGHT_DIR, 'node_modules/astro/bin/astro.mjs'), 'build']];
export const STARLIGHT_DIST = join(STARLIGHT_DIR, 'dist');

/**
 * Starlight's config with Astro's default Markdown processor (Sätteri) or with `unified()`, the
 * processor our remark/rehype plugins need — the like-for-like comparison for build time.
 */
export function writeStarlightConfig(title: string, processor: 'default' | 'unified'): void {
  const unifiedImport = processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : '';
  const markdown = processor === 'unified' ? ', markdown: { processor: unified() }' : '';
  writeFileSync(
    join(STARLIGHT_DIR, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\n${unifiedImport}import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(title)} })]${markdown} });\n`,
  );
}
