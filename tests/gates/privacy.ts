import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gate, GateResult } from './lib/gate';
import { browserPass } from './lib/browser-pass';
import { cssUrls, htmlFacts } from './lib/html-refs';
import { srcsetUrls } from './lib/resolve-link';
import { isHtml, listFiles } from './lib/site-files';
import { allowedOffsiteUrls, allowedStorage } from './privacy-allowlist';

/**
 * Readers' browsers talk to nobody but this site. Chromium aborts and records every request to
 * another origin (the service worker's too) while every page loads and every open state in
 * interactions.ts is exercised; no cookies; storage only as allowed in privacy-allowlist.ts.
 * Statically, no href/src/srcset/action/url() in dist points off-site unless allow-listed.
 */
export const privacyGate: Gate = {
  name: 'privacy',
  run: async (ctx): Promise<GateResult> => {
    const offsite = offsiteUrls(ctx.dist, ctx.siteOrigin);
    const pass = await browserPass(ctx);
    const storage = pass.storage.filter((s) => !allowedStorage.some((a) => a.kind === s.kind && a.key.test(s.key)));
    return {
      counts: {
        'pages checked': pass.pages,
        'requests seen': pass.requests,
        'requests blocked': pass.blocked.length,
        'off-site URLs in dist': offsite.findings.length,
        cookies: pass.cookies.length,
        'storage not allowed': storage.length,
      },
      findings: [
        ...pass.blocked.map((b) => `${b.page} [${b.scheme}, ${b.state}] requested ${b.url} (${b.type}) — blocked`),
        ...offsite.findings,
        ...pass.cookies.map((c) => `cookie set: ${c}`),
        ...firstOfEach(storage).map(
          (s) => `${s.kind} "${s.key}" used (first on ${s.page}); allow it in tests/gates/privacy-allowlist.ts only if it is the theme or offline cache`,
        ),
      ],
      notes: [
        `absolute URLs scanned: ${offsite.scanned} (allowed: own origin ${ctx.siteOrigin}${allowedOffsiteUrls.length ? ` + ${allowedOffsiteUrls.length} allow-listed` : ''})`,
      ],
    };
  },
};

const ABSOLUTE = /^(https?:)?\/\//i;

export function offsiteUrls(dist: string, siteOrigin: string): { findings: string[]; scanned: number } {
  const findings: string[] = [];
  let scanned = 0;
  const judge = (file: string, where: string, value: string) => {
    if (!ABSOLUTE.test(value.trim())) return;
    scanned++;
    const url = new URL(value.trim(), siteOrigin);
    if (url.origin === siteOrigin) return;
    if (allowedOffsiteUrls.some((a) => url.href.startsWith(a.prefix))) return;
    findings.push(`${file}: ${where} points off-site: ${value}`);
  };
  for (const file of listFiles(dist)) {
    if (isHtml(file)) {
      for (const ref of htmlFacts(readFileSync(join(dist, file), 'utf8')).refs) {
        const values = ref.where.endsWith('[srcset]') ? srcsetUrls(ref.value) : [ref.value];
        for (const value of values) judge(file, `line ${ref.line} ${ref.where}`, value);
      }
    } else if (file.endsWith('.css')) {
      for (const value of cssUrls(readFileSync(join(dist, file), 'utf8'))) judge(file, 'url()', value);
    }
  }
  return { findings, scanned };
}

function firstOfEach<T extends { kind: string; key: string }>(items: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(`${item.kind}\0${item.key}`)) byKey.set(`${item.kind}\0${item.key}`, item);
  return [...byKey.values()];
}
