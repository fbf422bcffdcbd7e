import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emptyManifest, MANIFEST_FILE, parseManifest, planPermalinks, publishedAnchors, UPDATE_COMMAND, type PermalinkManifest } from '../lib/permalinks';

const FOLLOW_SCRIPT = '_permalinks/follow-alias.js';

/**
 * The permalink guard (docs/authoring.md, "Links that last"): after the build, every page and
 * anchor listed in content/permalinks.json must still exist, or have an alias. Aliased anchors
 * get an empty element with the old id at the new place (same page) or a small script (another
 * page); a page that moved leaves a redirect page. Runs before the search index and the service
 * worker, so they see the final files.
 */
export function permalinkGuard(): AstroIntegration {
  let base = '/';
  return {
    name: 'sourcebook:permalink-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const manifest = readManifest();
        const built = builtAnchors(out);
        const plan = planPermalinks(manifest, built, sourceFileFor);
        if (plan.problems.length > 0) {
          const error = new Error(
            `${plan.problems.length} published link${plan.problems.length > 1 ? 's' : ''} would break:\n${plan.problems.map((e) => e.message).join('\n')}`,
          );
          error.name = 'SourcebookError';
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        const withBase = (address: string) => `${base}${address.replace(/^\//, '')}`;
        let scripted = false;
        for (const [path, moved] of plan.fragments) {
          const file = htmlFile(out, path);
          let html = readFileSync(file, 'utf8');
          const elsewhere: Record<string, string> = {};
          for (const { id, to } of moved) {
            const [toPath, toId] = to.split('#', 2);
            if (toPath === path && toId) html = placeAlias(html, id, toId);
            else elsewhere[id] = withBase(to);
          }
          if (Object.keys(elsewhere).length > 0) {
            html = html.replace('</head>', `<script src="${withBase(FOLLOW_SCRIPT)}" data-aliases="${attr(JSON.stringify(elsewhere))}"></script></head>`);
            scripted = true;
          }
          writeFileSync(file, html);
        }
        for (const { from, to, fragments } of plan.redirects) {
          const file = htmlFile(out, from);
          mkdirSync(dirname(file), { recursive: true });
          const aliases = Object.fromEntries(Object.entries(fragments).map(([id, target]) => [id, withBase(target)]));
          writeFileSync(file, redirectPage(withBase(to), aliases, withBase(FOLLOW_SCRIPT)));
          scripted = true;
        }
        if (scripted) {
          mkdirSync(join(out, dirname(FOLLOW_SCRIPT)), { recursive: true });
          writeFileSync(join(out, FOLLOW_SCRIPT), readFileSync(new URL('../scripts/cite/follow-alias.js', import.meta.url)));
        }
        const moved = plan.redirects.length + [...plan.fragments.values()].reduce((n, l) => n + l.length, 0);
        logger.info(`${Object.keys(manifest.pages).length} published pages checked; ${moved} moved address${moved === 1 ? '' : 'es'} kept working by aliases.`);
        if (plan.unlisted > 0)
          logger.info(
            `${plan.unlisted} new page${plan.unlisted === 1 ? '' : 's'}/anchors are not in ${MANIFEST_FILE} yet: run \`${UPDATE_COMMAND}\` to publish them.`,
          );
      },
    },
  };
}

export function readManifest(): PermalinkManifest {
  const file = resolve(MANIFEST_FILE);
  return existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : emptyManifest();
}

/** Page path (`/timeline/`) → its anchors, for every HTML page of a build. */
export function builtAnchors(out: string): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
      } else if (entry.name === 'index.html') {
        const rel = relative(out, dirname(path)).split(sep).join('/');
        pages.set(rel ? `/${rel}/` : '/', new Set(publishedAnchors(readFileSync(path, 'utf8'))));
      }
    }
  };
  walk(out);
  return pages;
}

const htmlFile = (out: string, path: string) => join(out, path.replace(/^\//, ''), 'index.html');

function sourceFileFor(path: string): string {
  const page = path === '/' ? 'index' : path.replace(/^\/|\/$/g, '');
  for (const candidate of [`content/pages/${page}.md`, `content/pages/${page}.mdx`]) if (existsSync(candidate)) return candidate;
  return `${MANIFEST_FILE} (page ${path})`;
}

/** An empty element with the old id at the start of the element that has the new one: the browser scrolls there, with or without JavaScript. */
function placeAlias(html: string, oldId: string, newId: string): string {
  const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid="${escapeRegExp(attr(newId))}"[^>]*>`).exec(html);
  if (!open) return html;
  const span = `<span id="${attr(oldId)}" class="permalink-alias"></span>`;
  const tag = open[1]!;
  const end = open.index + open[0].length;
  if (['ul', 'ol', 'dl', 'table'].includes(tag)) return html.slice(0, open.index) + span + html.slice(open.index);
  if (tag === 'tr') {
    const cell = /<t[dh]\b[^>]*>/.exec(html.slice(end));
    if (cell) return html.slice(0, end + cell.index + cell[0].length) + span + html.slice(end + cell.index + cell[0].length);
  }
  return html.slice(0, end) + span + html.slice(end);
}

function redirectPage(to: string, aliases: Record<string, string>, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${attr(to)}">
<script src="${attr(script)}" data-page="${attr(to)}" data-aliases="${attr(JSON.stringify(aliases))}"></script>
<meta http-equiv="refresh" content="0; url=${attr(to)}">
</head>
<body>
<p>This page has moved to <a href="${attr(to)}">${attr(to)}</a>.</p>
</body>
</html>
`;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
