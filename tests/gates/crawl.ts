import type { Gate, GateResult } from './lib/gate';
import { cssUrls, htmlFacts } from './lib/html-refs';
import { startNginx } from './lib/nginx';
import { isNonFetchedScheme, srcsetUrls } from './lib/resolve-link';
import { isHtml, listFiles, urlPathOf } from './lib/site-files';

/**
 * Serves dist with real nginx at the base path and crawls it from the home page, fetching every
 * same-origin URL any page or stylesheet refers to: no response may be a 4xx or 5xx.
 * Catches what a file-level check cannot: server redirects, MIME types, base-path mistakes.
 */
export const crawlGate: Gate = {
  name: 'crawl',
  run: async ({ dist, base }): Promise<GateResult> => {
    const host = await startNginx(dist, base);
    try {
      const { fetched, failures, reachedPages } = await crawl(host.home, host.origin);
      const builtPages = listFiles(dist)
        .filter(isHtml)
        .map((f) => urlPathOf(f, base));
      const orphans = builtPages.filter((p) => !reachedPages.has(p) && !/\/404\.html$/.test(p));
      return {
        counts: { 'URLs fetched': fetched, 'pages reached': reachedPages.size, 'pages built': builtPages.length, 'HTTP errors': failures.length },
        findings: failures,
        notes: orphans.length ? [`built pages no link leads to: ${orphans.join(', ')}`] : [],
      };
    } finally {
      await host.stop();
    }
  },
};

export async function crawl(home: string, origin: string) {
  const queue: { url: string; from: string }[] = [{ url: home, from: '(start)' }];
  const seen = new Set<string>([home]);
  const failures: string[] = [];
  const reachedPages = new Set<string>();
  let fetched = 0;
  const enqueue = (value: string, base: string, from: string) => {
    if (isNonFetchedScheme(value) || /^javascript:/i.test(value)) return;
    const target = new URL(value, base);
    if (target.origin !== origin) return;
    target.hash = '';
    if (!seen.has(target.href)) {
      seen.add(target.href);
      queue.push({ url: target.href, from });
    }
  };
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    fetched++;
    const path = new URL(url).pathname;
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (location) enqueue(location, url, `${path} (redirect)`);
      else failures.push(`${path}: ${response.status} without a Location (linked from ${from})`);
      continue;
    }
    if (response.status >= 400) {
      failures.push(`${path}: HTTP ${response.status} (linked from ${from})`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      reachedPages.add(path);
      for (const ref of htmlFacts(await response.text()).refs) {
        const values = ref.where.endsWith('[srcset]') ? srcsetUrls(ref.value) : [ref.value];
        for (const value of values) enqueue(value, url, path);
      }
    } else if (type.startsWith('text/css')) {
      for (const value of cssUrls(await response.text())) enqueue(value, url, path);
    } else {
      await response.arrayBuffer();
    }
  }
  return { fetched, failures, reachedPages };
}
