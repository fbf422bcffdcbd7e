import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright';
import { interactions } from '../interactions';
import { launchChromium } from './browser';
import type { GateContext } from './gate';
import { startNginx } from './nginx';
import { isHtml, listFiles, urlPathOf } from './site-files';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
export const SCHEMES = ['light', 'dark'] as const;

export interface Observation {
  page: string;
  scheme: (typeof SCHEMES)[number];
  /** `page` or the interaction's name, e.g. `search dialog`. */
  state: string;
}

export interface BrowserPassResult {
  pages: number;
  /** Page loads plus opened states, across both colour schemes. */
  statesChecked: number;
  requests: number;
  axe: (Observation & { rule: string; impact: string; help: string; targets: string[] })[];
  blocked: (Observation & { url: string; type: string })[];
  consoleErrors: (Observation & { text: string })[];
  cspViolations: (Observation & { directive: string; blocked: string; sample: string })[];
  cookies: string[];
  storage: (Observation & { kind: string; key: string })[];
  interactionsOpened: Record<string, number>;
}

const cache = new Map<string, Promise<BrowserPassResult>>();

/**
 * Loads every built page in Chromium, served by nginx at the base path, in light and dark, and
 * records everything the a11y, privacy and CSP gates judge. Shared so each page loads once per
 * scheme however many gates look at it.
 */
export function browserPass(ctx: GateContext): Promise<BrowserPassResult> {
  let pending = cache.get(ctx.dist);
  if (!pending) cache.set(ctx.dist, (pending = runPass(ctx)));
  return pending;
}

async function runPass({ dist, base }: GateContext): Promise<BrowserPassResult> {
  const paths = listFiles(dist)
    .filter(isHtml)
    .map((f) => urlPathOf(f, base));
  const host = await startNginx(dist, base);
  const browser = await launchChromium();
  const result: BrowserPassResult = {
    pages: paths.length,
    statesChecked: 0,
    requests: 0,
    axe: [],
    blocked: [],
    consoleErrors: [],
    cspViolations: [],
    cookies: [],
    storage: [],
    interactionsOpened: {},
  };
  try {
    // The two schemes run side by side: axe is CPU-bound and CI has two cores.
    await Promise.all(
      SCHEMES.map(async (scheme) => {
        const context = await browser.newContext({ serviceWorkers: 'allow' });
        let where: Observation = { page: '', scheme, state: 'page' };
        await context.route('**/*', async (route) => {
          const request = route.request();
          result.requests++;
          if (new URL(request.url()).origin === host.origin) return route.continue();
          result.blocked.push({ ...where, url: request.url(), type: request.resourceType() });
          return route.abort('blockedbyclient');
        });
        await context.addInitScript(() => {
          const w = window as unknown as { __cspViolations: unknown[] };
          w.__cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            w.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
          });
        });
        for (const path of paths) {
          where = { page: path, scheme, state: 'page' };
          const page = await context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          page.on('console', (msg) => {
            if (msg.type() === 'error') result.consoleErrors.push({ ...where, text: msg.text() });
          });
          page.on('pageerror', (error) => result.consoleErrors.push({ ...where, text: `uncaught: ${error.message}` }));
          const response = await page.goto(host.origin + path, { waitUntil: 'load' });
          if (!response?.ok()) result.consoleErrors.push({ ...where, text: `HTTP ${response?.status()} loading the page` });
          await checkState(page, where, result);
          for (const interaction of interactions) {
            const trigger = page.locator(interaction.trigger).locator('visible=true').first();
            if ((await trigger.count()) === 0) continue;
            where = { page: path, scheme, state: interaction.name };
            await trigger.click();
            await page.locator(interaction.open).first().waitFor({ state: 'visible', timeout: 5000 });
            await interaction.then?.(page);
            result.interactionsOpened[interaction.name] = (result.interactionsOpened[interaction.name] ?? 0) + 1;
            await checkState(page, where, result);
            await page.keyboard.press('Escape');
            where = { page: path, scheme, state: 'page' };
          }
          await page.close();
        }
        result.cookies.push(...(await context.cookies()).map((c) => `${scheme}: ${c.name} (${c.domain})`));
        await context.close();
      }),
    );
  } finally {
    await browser.close();
    await host.stop();
  }
  return result;
}

async function checkState(page: Page, where: Observation, result: BrowserPassResult) {
  result.statesChecked++;
  // Legacy mode runs axe inside the page without opening a helper page per analysis (much faster here).
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  for (const v of axe.violations) {
    result.axe.push({ ...where, rule: v.id, impact: v.impact ?? '?', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) });
  }
  const seen = (await page.evaluate(PROBE)) as {
    csp: { directive: string; blocked: string; sample: string }[];
    local: string[];
    session: string[];
    idb: string[];
    cacheNames: string[];
    cookie: string;
  };
  for (const v of seen.csp) result.cspViolations.push({ ...where, ...v });
  const storage = (kind: string, list: string[]) => list.forEach((key) => result.storage.push({ ...where, kind, key }));
  storage('localStorage', seen.local);
  storage('sessionStorage', seen.session);
  storage('indexedDB', seen.idb);
  storage('CacheStorage', seen.cacheNames);
  if (seen.cookie) storage('document.cookie', [seen.cookie]);
}

// A string, not a function: tsx would wrap named inner functions in a `__name` helper that does
// not exist in the page.
const PROBE = `(async () => {
  const keys = (s) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
  const idb = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
  const cacheNames = 'caches' in self ? await caches.keys() : [];
  return { csp: window.__cspViolations ?? [], local: keys(localStorage), session: keys(sessionStorage), idb, cacheNames, cookie: document.cookie };
})()`;
