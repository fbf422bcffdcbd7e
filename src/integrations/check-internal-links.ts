import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest } from '../lib/closest';
import { SourcebookError } from '../lib/errors';
import { resolveInternal, takeInternalLinks } from '../lib/internal-links';

/**
 * After the pages are written (into the staging folder of scripts/safe-build.mjs, so a failure
 * leaves the last good dist/ alone): every internal link an author wrote must land on a built
 * file, and its #fragment on an id there; the hint names the closest existing page or id. Also
 * fails on an id used twice in one page (a heading named like a generated id).
 */
export function checkInternalLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'sourcebook:check-internal-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const ids = new Map<string, string[]>();
        const idsOf = (file: string) => {
          let found = ids.get(file);
          if (!found)
            ids.set(file, (found = [...readFileSync(join(root, file), 'utf8').matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!))));
          return found;
        };
        const pages = listHtml(root);
        const errors: string[] = [];
        for (const page of pages) {
          const seen = new Set<string>();
          const twice = new Set(idsOf(page).filter((id) => seen.has(id) || !seen.add(id)));
          if (twice.size) {
            const ids = [...twice].map((id) => `"${id}"`).join(', ');
            errors.push(
              `${page} (built page)  The id${twice.size > 1 ? 's' : ''} ${ids} ${twice.size > 1 ? 'occur' : 'occurs'} more than once in the page, so links and aria references to ${twice.size > 1 ? 'them' : 'it'} are ambiguous.\n  hint: An id written in the page (an MDX element's id=, a heading) collides with one the site generates; rename it.`,
            );
          }
        }
        const routes = pages.map((p) => `/${p.replace(/index\.html$/, '')}`);
        for (const link of takeInternalLinks()) {
          const target = resolveInternal(link, base);
          if ('outside' in target) {
            errors.push(
              new SourcebookError(
                link.at,
                `The link ${link.href} leaves the site's base path ${base}.`,
                'Write links inside the site as relative paths (../about/) so they work under any base.',
              ).message,
            );
            continue;
          }
          const file = target.candidates.find((f) => existsSync(join(root, f)) && statSync(join(root, f)).isFile());
          if (!file) {
            const wanted = `/${target.file.replace(/index\.html$/, '')}`;
            errors.push(
              new SourcebookError(
                link.at,
                `Dead link ${link.href}: no page at ${wanted}.`,
                `The closest existing page is ${closest(wanted, routes) ?? '(none)'}.`,
              ).message,
            );
            continue;
          }
          if (target.fragment && file.endsWith('.html') && !idsOf(file).includes(target.fragment)) {
            const near = closest(
              target.fragment,
              idsOf(file).filter((id) => !id.startsWith('user-content-')),
            );
            errors.push(
              new SourcebookError(
                link.at,
                `Dead link ${link.href}: /${file.replace(/index\.html$/, '')} has no #${target.fragment}.`,
                near ? `The closest id on that page is #${near}.` : 'That page has no ids to link to.',
              ).message,
            );
          }
        }
        if (errors.length) {
          const error = new Error(`${errors.length} link error${errors.length > 1 ? 's' : ''}:\n${errors.join('\n')}`);
          error.name = 'SourcebookError';
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
      },
    },
  };
}

function listHtml(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\\/g, '/'))
    .sort();
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e]!);
}
