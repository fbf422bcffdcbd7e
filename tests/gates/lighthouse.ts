import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/browser';
import type { Gate, GateResult } from './lib/gate';
import { startNginx } from './lib/nginx';
import { runCommand } from './lib/run-command';

const require = createRequire(import.meta.url);

/** Categories that must score 100; performance is recorded (docs/quality.md), not gated. */
export const GATED = ['accessibility', 'best-practices', 'seo'] as const;

/** Home, one source page and, once explainers exist, the first explainer page found. */
export function lighthousePages(dist: string): string[] {
  const pages = [''];
  if (existsSync(join(dist, 'sources/cluley/index.html'))) pages.push('sources/cluley/');
  const explainer = ['rules', 'audits', 'backdoors', 'overview'].find((p) => existsSync(join(dist, p, 'index.html')));
  if (explainer) pages.push(`${explainer}/`);
  return pages;
}

/**
 * Lighthouse (pinned major) in Debian's Chromium against the nginx-served site. Scores below 100
 * in accessibility, best practices or SEO fail, with the audits that cost the points.
 */
export const lighthouseGate: Gate = {
  name: 'lighthouse',
  run: async ({ dist, base }): Promise<GateResult> => {
    const cli = join(dirname(require.resolve('lighthouse/package.json')), 'cli/index.js');
    const host = await startNginx(dist, base);
    const out = mkdtempSync(join(tmpdir(), 'gates-lighthouse-'));
    const findings: string[] = [];
    const notes: string[] = [];
    const pages = lighthousePages(dist);
    try {
      for (const [i, page] of pages.entries()) {
        const report = join(out, `${i}.json`);
        // Lighthouse's own runtime errors ("NO_NAVSTART … Please run Lighthouse again") are flakes of
        // its trace recording, not findings about the page: retried twice. Scores are never retried.
        let code: number | null = null;
        let stderr = '';
        for (let attempt = 1; attempt <= 3; attempt++) {
          ({ code, stderr } = await runCommand(
            process.execPath,
            [cli, host.home + page, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`],
            {
              env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
            },
          ));
          if (code === 0 && existsSync(report)) break;
          if (attempt < 3) notes.push(`${base}${page}: lighthouse run ${attempt} failed (${stderr.trim().split('\n').at(-1)}), running it again`);
        }
        if (code !== 0 || !existsSync(report)) {
          findings.push(`${base}${page}: lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
          continue;
        }
        const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
          categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
          audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
        };
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        notes.push(
          `${base}${page}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
        );
        for (const id of GATED) {
          if (score(id) === 100) continue;
          const lost = (lhr.categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => lhr.audits[ref.id]!.title);
          findings.push(`${base}${page}: ${id} ${score(id)} < 100 (${lost.join('; ') || 'no weighted audit named'})`);
        }
      }
    } finally {
      await host.stop();
      rmSync(out, { recursive: true, force: true });
    }
    return { counts: { 'pages checked': pages.length, 'categories below 100': findings.length }, findings, notes };
  },
};
