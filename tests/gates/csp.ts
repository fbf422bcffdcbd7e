import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspDirectives, cspScriptResources } from '../../src/security/csp-policy.mjs';
import type { Gate, GateResult } from './lib/gate';
import { browserPass } from './lib/browser-pass';
import { cspProblems } from './lib/csp';
import { isHtml, listFiles } from './lib/site-files';

/**
 * Every page carries the strict CSP meta (the policy in src/security/csp-policy.mjs plus Astro's
 * hashes, no 'unsafe-inline'), and Chromium reports zero CSP violations and zero console errors
 * while loading every page and opening every state in interactions.ts.
 */
export const cspGate: Gate = {
  name: 'csp',
  run: async (ctx): Promise<GateResult> => {
    const pages = listFiles(ctx.dist).filter(isHtml);
    const metaFindings = pages.flatMap((file) => metaProblems(file, readFileSync(join(ctx.dist, file), 'utf8')));
    const pass = await browserPass(ctx);
    return {
      counts: {
        'pages with strict CSP meta': pages.length - new Set(metaFindings.map((f) => f.split(':')[0])).size,
        'pages checked': pages.length,
        'CSP violations': pass.cspViolations.length,
        'console errors': pass.consoleErrors.length,
      },
      findings: [
        ...metaFindings,
        ...pass.cspViolations.map(
          (v) =>
            `${v.page} [${v.scheme}, ${v.state}] CSP violation: ${v.directive} blocked ${v.blocked || 'inline'}${v.sample ? ` (${v.sample.slice(0, 60)})` : ''}`,
        ),
        ...pass.consoleErrors.map((e) => `${e.page} [${e.scheme}, ${e.state}] console error: ${e.text.slice(0, 300)}`),
      ],
    };
  },
};

export function metaProblems(file: string, html: string): string[] {
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || undefined);
  const metas = [...head.matchAll(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/gi)];
  if (metas.length !== 1) return [`${file}: ${metas.length} CSP <meta> tags in <head>, expected 1`];
  const content = /\bcontent="([^"]*)"/i.exec(metas[0]![0])?.[1] ?? '';
  return cspProblems(content.replaceAll('&#39;', "'"), { directives: cspDirectives, scriptResources: cspScriptResources }).map((p) => `${file}: CSP ${p}`);
}
