import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gate, GateContext, GateResult } from './lib/gate';
import { cssUrls, htmlFacts, type HtmlFacts } from './lib/html-refs';
import { isNonFetchedScheme, resolvePath, srcsetUrls } from './lib/resolve-link';
import { isHtml, listFiles, urlPathOf } from './lib/site-files';

/**
 * Every internal href/src/srcset/url() in dist resolves to a built file, and every `#fragment`
 * to an id on the page it points at (also across pages, which link tools are known to miss).
 * Off-site URLs are not followed here; the privacy gate forbids them.
 */
export const linksGate: Gate = {
  name: 'links',
  run: async (ctx) => checkLinks(ctx),
};

export function checkLinks({ dist, base, siteOrigin }: GateContext): GateResult {
  const files = listFiles(dist);
  const fileSet = new Set(files);
  const facts = new Map<string, HtmlFacts>();
  const factsOf = (file: string) => {
    let f = facts.get(file);
    if (!f) facts.set(file, (f = htmlFacts(readFileSync(join(dist, file), 'utf8'))));
    return f;
  };
  const findings: string[] = [];
  let links = 0;
  let fragments = 0;
  let offsite = 0;

  const check = (from: string, pageUrl: URL, where: string, value: string) => {
    if (isNonFetchedScheme(value)) return;
    if (/^javascript:/i.test(value.trim())) {
      findings.push(`${from}: ${where} "${value}" is a javascript: URL (the strict CSP blocks it)`);
      return;
    }
    const target = new URL(value, pageUrl);
    // The canonical link uses the public origin; treat it as internal so it is checked too.
    const internal = target.origin === pageUrl.origin || target.origin === siteOrigin;
    if (!internal) {
      offsite++;
      return;
    }
    links++;
    const resolved = resolvePath(target.pathname, base, fileSet);
    if (!resolved.ok) {
      findings.push(`${from}: ${where} "${value}" → ${target.pathname}: ${resolved.reason}`);
      return;
    }
    const hash = target.hash.slice(1);
    if (!hash) return;
    fragments++;
    if (!isHtml(resolved.file)) {
      findings.push(`${from}: ${where} "${value}" has a #fragment into a non-HTML file ${resolved.file}`);
      return;
    }
    let id: string;
    try {
      id = decodeURIComponent(hash);
    } catch {
      id = hash;
    }
    if (!factsOf(resolved.file).ids.has(id)) {
      findings.push(`${from}: ${where} "${value}" → no element with id="${id}" in ${resolved.file}`);
    }
  };

  const pages = files.filter(isHtml);
  const origin = 'http://gate.invalid';
  for (const file of pages) {
    const pageUrl = new URL(urlPathOf(file, base), origin);
    for (const ref of factsOf(file).refs) {
      const where = `line ${ref.line} ${ref.where}`;
      const values = ref.where.endsWith('[srcset]') ? srcsetUrls(ref.value) : [ref.value];
      for (const value of values) check(file, pageUrl, where, value);
    }
  }
  const stylesheets = files.filter((f) => f.endsWith('.css'));
  for (const file of stylesheets) {
    const sheetUrl = new URL(base + file, origin);
    for (const value of cssUrls(readFileSync(join(dist, file), 'utf8'))) check(file, sheetUrl, 'url()', value);
  }
  return {
    counts: {
      'pages checked': pages.length,
      'stylesheets checked': stylesheets.length,
      'links checked': links,
      'fragments checked': fragments,
      'off-site links (privacy gate)': offsite,
      'broken links': findings.length,
    },
    findings,
  };
}
