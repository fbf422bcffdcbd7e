import { expect, test, type Page } from '@playwright/test';
import { builtCorpus, rarestWords, type ArchivedPassage, type BuiltCorpus } from './search-corpus';

/** The deployment base the site was built with (see playwright.config.ts). */
const BASE = process.env['SITE_BASE'] ?? '/';

const dialog = (page: Page) => page.locator('.search-dialog');
const hits = (page: Page, scope = '.search-dialog') => page.locator(`${scope} .search-hit`);
const hitLinks = (page: Page, scope = '.search-dialog') => page.locator(`${scope} a.search-hit-link`);
const status = (page: Page, scope = '.search-dialog') => page.locator(`${scope} [role="status"]`);
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

let corpus: BuiltCorpus;
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  corpus = await builtCorpus(page);
  await page.close();
});

/**
 * A passage whose two rarest words are rare in the whole corpus: searching them should find it.
 * Passages of reposts are passed over (their copied paragraphs are found under the original).
 */
function distinctivePassage(skip: (p: ArchivedPassage) => boolean = () => false): { passage: ArchivedPassage; query: string } {
  const rareFrom = Math.floor(corpus.words.length * 0.6);
  for (const passage of corpus.passages) {
    if (skip(passage) || corpus.reposts.some((r) => r.repost === passage.path)) continue;
    const words = rarestWords(passage.text, corpus.words);
    if (words.length >= 2 && words.slice(0, 2).every((w) => corpus.words.indexOf(w) >= rareFrom)) return { passage, query: words.slice(0, 2).join(' ') };
  }
  throw new Error('no passage with two rare words in this corpus');
}

/** The most frequent word of six letters or more: it is on many pages and in many passages. */
const commonWord = () => corpus.words.find((w) => /^\p{L}{6,}$/u.test(w))!;

/** A passage of a repost that its original carries word for word (the corpus says which text reposts which). */
const repostedPassage = (passages: readonly ArchivedPassage[] = corpus.passages) =>
  corpus.reposts.flatMap(({ repost, original }) =>
    passages
      .filter((p) => p.path === repost)
      .flatMap((copy) => {
        const same = passages.find((o) => o.path === original && fold(o.text) === fold(copy.text));
        return same ? [{ copy, original: same }] : [];
      }),
  );

const resultCount = (text: string | null) => Number(/(\d+) results?/.exec(text ?? '')?.[1] ?? 0);

/** Scrolls the last loaded hit into view until `count` are there (each step loads a few more). */
async function scrollUntil(page: Page, count: number, scope: string) {
  await expect(async () => {
    await hits(page, scope).last().scrollIntoViewIfNeeded();
    expect(await hitLinks(page, scope).count()).toBe(count);
  }).toPass({ timeout: 10_000 });
}

/** Scrolls the last loaded hit into view until the first twelve are there. */
const scrollToTwelve = (page: Page, scope = '.search-dialog') => scrollUntil(page, 12, scope);

/** Every result is listed (scrolled to), and nothing offers more. */
async function expectAllShown(page: Page, total: number, scope: string) {
  expect(total, 'the search finds something').toBeGreaterThan(0);
  await scrollUntil(page, total, scope);
  await expect(page.locator(scope).getByRole('button', { name: /^Show more/ })).toHaveCount(0);
}

async function searchFromHeader(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(status(page)).toContainText(`“${query}”`);
}

/** The landing paragraph is the URL's target, shows a searched word marked and is on screen. */
async function expectLandedOn(page: Page, passage: ArchivedPassage, query: string) {
  await expect(page).toHaveURL(new RegExp(`^[^?]*${passage.path}\\?pagefind-highlight=.*#${passage.id}$`));
  const target = page.locator(`#${passage.id}`);
  const words = query.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await expect(target.locator('mark.search-term', { hasText: new RegExp(`^(${words.join('|')})`, 'i') }).first()).toBeVisible();
  await expect(target).toBeInViewport();
}

test.describe('search from the header', () => {
  test('a hand on the search control loads Pagefind (its worker, meta file and WebAssembly) before a key is pressed, and no index or result', async ({
    page,
  }) => {
    await page.goto('./', { waitUntil: 'networkidle' });
    const asked: string[] = [];
    page.on('request', (r) => void asked.push(new URL(r.url()).pathname));
    await page.locator('a.search-open').hover();
    const pagefind = (name: RegExp) => asked.some((path) => path.startsWith(`${BASE}pagefind/`) && name.test(path));
    await expect.poll(() => [/\/pagefind-worker\.js$/, /\.pf_meta$/, /\/wasm\.[\w-]+\.pagefind$/].map(pagefind)).toEqual([true, true, true]);
    await page.waitForLoadState('networkidle');
    expect(asked.filter((path) => /\.pf_(index|fragment)$/.test(path))).toEqual([]);
    await expect(dialog(page)).not.toBeVisible();
  });

  test('a passage’s rarest words find it first among the sources, and the link lands on it', async ({ page }) => {
    const { passage, query } = distinctivePassage();
    await page.goto('./');
    await searchFromHeader(page, query);
    const first = dialog(page).locator('[data-group="sources"] .search-hit').first();
    await expect(first.locator('a.search-hit-link')).toHaveAttribute('href', new RegExp(`^${passage.path}\\?.*#${passage.id}$`));
    await expect(first.locator('.search-hit-section')).toHaveText(`¶${passage.id.slice(1)}`);
    await expect(first.locator('.search-hit-excerpt mark').first()).toBeVisible();
    await first.locator('a.search-hit-link').click();
    await expectLandedOn(page, passage, query);
  });

  test('results come in two groups: the site’s own pages first, then the archived passages', async ({ page }) => {
    await page.goto('./');
    await searchFromHeader(page, commonWord());
    const groups = dialog(page).locator('.search-group');
    await expect(groups).toHaveCount(2);
    expect(await groups.evaluateAll((gs) => gs.map((g) => (g as HTMLElement).dataset['group']))).toEqual(['pages', 'sources']);
    await expect(groups.nth(0).locator('h3')).toContainText('pages');
    await expect(groups.nth(1).locator('h3')).toContainText('sources');
    const hrefs = async (g: number) =>
      groups
        .nth(g)
        .locator('a.search-hit-link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const pageHrefs = await hrefs(0);
    const sourceHrefs = await hrefs(1);
    expect(pageHrefs.length).toBeGreaterThan(0);
    expect(sourceHrefs.length).toBeGreaterThan(0);
    for (const href of pageHrefs) expect(href.startsWith(`${BASE}sources/`)).toBe(false);
    for (const href of sourceHrefs) expect(href.startsWith(`${BASE}sources/`)).toBe(true);
  });

  test('a reposted paragraph is one result that says where the repost carries it', async ({ page }) => {
    const pairs = repostedPassage();
    expect(pairs.length, 'the corpus declares a repost whose paragraphs its original carries').toBeGreaterThan(0);
    const { copy, original } = pairs.find(({ copy }) => rarestWords(copy.text, corpus.words).length >= 2)!;
    const query = rarestWords(copy.text, corpus.words).slice(0, 2).join(' ');
    await page.goto('./');
    await searchFromHeader(page, query);
    const links = await hitLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => `${u.pathname}${u.hash}`));
    expect(links).not.toContain(`${copy.path}#${copy.id}`);
    expect(links.filter((l) => l === `${original.path}#${original.id}`)).toHaveLength(1);
    const hit = hits(page).filter({ has: page.locator(`a.search-hit-link[href$="#${original.id}"][href^="${original.path}"]`) });
    const also = hit.locator('.search-hit-also a');
    await expect(also).toHaveCount(1);
    await expect(also).toHaveText(new RegExp(`¶${copy.id.slice(1)}$`));
    await expect(also).toHaveAttribute('href', new RegExp(`^${copy.path}\\?.*#${copy.id}$`));
    await expect(hit.locator('.search-hit-also')).toHaveText(/^also in: /);
  });

  test('"Show more" adds the next results and moves focus to the first new one', async ({ page }) => {
    await page.goto('./');
    const word = commonWord();
    await searchFromHeader(page, word);
    // A corpus with fewer results than the first twelve shows them all as the list is scrolled, and no "Show more".
    const total = resultCount(await status(page).textContent());
    if (total <= 12) return expectAllShown(page, total, '.search-dialog');
    // About a screenful loads first; more, a screenful at a time, as the list is scrolled to them.
    await expect(status(page)).toContainText('showing the best 4');
    await expect(hitLinks(page)).toHaveCount(4);
    await scrollToTwelve(page);
    await expect(status(page)).toContainText('showing the best 12');
    await dialog(page)
      .getByRole('button', { name: /^Show more/ })
      .click();
    await expect.poll(() => hitLinks(page).count()).toBeGreaterThan(12);
    expect(await hitLinks(page).count()).toBeLessThanOrEqual(24);
    await expect(hitLinks(page).nth(12)).toBeFocused();
    // A new query starts again from the first twelve.
    await page.getByRole('searchbox', { name: 'Search the site' }).fill(`${word} `);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill(word.slice(0, -1));
    await expect(status(page)).toContainText(`“${word.slice(0, -1)}”`);
    expect(await hitLinks(page).count()).toBeLessThanOrEqual(12);
  });

  test('words that no single passage holds together still find the passages with some of them', async ({ page }) => {
    const a = distinctivePassage();
    const b = distinctivePassage((p) => p.path === a.passage.path || rarestWords(p.text, corpus.words).includes(a.query.split(' ')[0]!));
    const query = `${a.query.split(' ')[0]} ${b.query.split(' ')[0]}`;
    expect(corpus.passages.some((p) => query.split(' ').every((w) => p.text.toLowerCase().includes(w)))).toBe(false);
    await page.goto('./');
    await searchFromHeader(page, query);
    for (const { passage } of [a, b]) {
      const hit = hits(page).filter({ has: page.locator(`a.search-hit-link[href^="${passage.path}"][href$="#${passage.id}"]`) });
      await expect(hit).toHaveCount(1);
      await expect(hit.locator('.search-hit-meta')).toContainText('some of the words');
    }
  });

  test('a mistyped word is corrected to the closest word of the texts', async ({ page }) => {
    const word = corpus.words.find((w) => /^\p{L}{8,}$/u.test(w))!;
    const typo = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
    expect(corpus.words).not.toContain(typo);
    await page.goto('./');
    await searchFromHeader(page, typo);
    await expect(status(page)).toContainText(`No match for “${typo}”; showing results for “${word}”`);
    await expect(hits(page).first()).toBeVisible();
  });

  test('a query in another script than the site’s says which language the site is in', async ({ page }) => {
    const query = corpus.lang.startsWith('ru') ? 'encryption' : 'шифрование';
    await page.goto('./');
    await searchFromHeader(page, query);
    await expect(status(page)).toHaveText(/^This site is written in \p{L}+; “.*” is in .*\. Try \p{L}+ words\.$/u);
    await expect(hits(page)).toHaveCount(0);
  });

  test('filters narrow the results to one source, and kind "source" to the archive group alone', async ({ page }) => {
    await page.goto('./');
    await searchFromHeader(page, commonWord());
    const total = (text: string | null) => Number(/(\d+) results?/.exec(text ?? '')?.[1]);
    const all = total(await status(page).textContent());
    const site = dialog(page).locator('select[name="site"]');
    // The sources' filter file (it lists every paragraph) loads only when the reader reaches for the facets.
    const filterFiles: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.pf_filter') && filterFiles.push(r.url())));
    await expect(site.locator('option')).toHaveCount(1);
    await site.hover();
    await expect.poll(() => filterFiles.length).toBeGreaterThan(0);
    const value = await site.locator('option').nth(1).getAttribute('value');
    await site.selectOption(value!);
    await expect(status(page)).not.toHaveText(new RegExp(`^${all} results`));
    expect(total(await status(page).textContent())).toBeLessThan(all);
    const metas = await dialog(page).locator('.search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain(value!);
    await site.selectOption('');
    await dialog(page).locator('select[name="kind"]').selectOption('source');
    await expect(dialog(page).locator('.search-group')).toHaveCount(1);
    await expect(dialog(page).locator('.search-group')).toHaveAttribute('data-group', 'sources');
  });

  test('Escape closes the dialog in one press, even with words in the field, and returns focus', async ({ page }) => {
    await page.goto('./sources/');
    const control = page.locator('a.search-open');
    await control.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.type(commonWord());
    await expect(status(page)).toContainText('results');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(control).toBeFocused();
  });

  test('works by keyboard alone: "/", arrows, Enter', async ({ page }) => {
    const { passage, query } = distinctivePassage();
    await page.goto('./sources/');
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await expect(status(page)).toContainText(`“${query}”`);
    const links = hitLinks(page);
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeFocused();
    // Enter opens the first result: the passage, if no page of the site uses both words.
    const firstHref = await links.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${firstHref!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    if (firstHref!.startsWith(passage.path)) await expectLandedOn(page, passage, query);
  });

  test('"All results" opens the same search as a shareable /search/ page', async ({ page }) => {
    const { passage, query } = distinctivePassage();
    await page.goto('./');
    await searchFromHeader(page, query);
    await page.getByRole('button', { name: 'All results' }).click();
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(query).replace(/%20/g, '\\+')}$`));
    await expect(page.locator(`.search-page [data-group="sources"] a.search-hit-link`).first()).toHaveAttribute(
      'href',
      new RegExp(`^${passage.path}\\?.*#${passage.id}$`),
    );
  });

  test('"/" typed into a field is just a character', async ({ page }) => {
    await page.goto('./search/');
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('a/b');
    await expect(dialog(page)).toBeHidden();
  });
});

test.describe('the /search/ page', () => {
  test('reads ?q= and the filters from the address and keeps them there', async ({ page }) => {
    const { passage, query } = distinctivePassage();
    const plus = (q: string) => encodeURIComponent(q).replace(/%20/g, '+');
    await page.goto(`./search/?q=${plus(query)}`);
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue(query);
    await expect(page.locator('.search-page [data-group="sources"] .search-hit-link').first()).toHaveAttribute(
      'href',
      new RegExp(`^${passage.path}\\?.*#${passage.id}$`),
    );

    const word = commonWord();
    await page.getByRole('searchbox', { name: 'Words to find' }).fill(word);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=${word}$`));
    await expect(status(page, '.search-page')).toContainText(`for “${word}”`);
    const site = page.locator('.search-page select[name="site"]');
    await site.focus();
    const value = (await site.locator('option').nth(1).getAttribute('value'))!;
    await site.selectOption(value);
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=${word}&site=${plus(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

    await page.goto(`./search/?q=${word}&site=${plus(value)}`);
    await expect(site).toHaveValue(value);
    await expect(status(page, '.search-page')).toContainText(`for “${word}”`);
    const metas = await page.locator('.search-page .search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain(value);
  });

  test('"Show more" lists further results on the page too', async ({ page }) => {
    await page.goto(`./search/?q=${commonWord()}`);
    await expect(status(page, '.search-page')).toContainText('result');
    const total = resultCount(await status(page, '.search-page').textContent());
    if (total <= 12) return expectAllShown(page, total, '.search-page');
    await scrollToTwelve(page, '.search-page');
    await page
      .locator('.search-page')
      .getByRole('button', { name: /^Show more/ })
      .click();
    await expect.poll(() => hitLinks(page, '.search-page').count()).toBeGreaterThan(12);
  });

  test('says plainly that search needs JavaScript when it is off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('./search/?q=keys');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('drops the JavaScript notice once search runs', async ({ page }) => {
    await page.goto('./search/');
    await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  });

  test('is not itself a search result', async ({ page }) => {
    await page.goto('./search/?q=search');
    await expect(status(page, '.search-page')).toContainText('“search”');
    const hrefs = await hitLinks(page, '.search-page').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href?.startsWith(`${BASE}search/`))).toEqual([]);
  });
});

test('a search made online answers again with the network cut, and its result page opens', async ({ page, context }) => {
  const { passage, query } = distinctivePassage();
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  // Online: the search fetches its index files and the result's page; the service worker keeps them.
  const result = () => hitLinks(page).and(page.locator(`[href^="${passage.path}"][href$="#${passage.id}"]`));
  await searchFromHeader(page, query);
  await result().click();
  await expectLandedOn(page, passage, query);
  await page.goto('./');
  await context.setOffline(true);
  await searchFromHeader(page, query);
  await result().click();
  await expectLandedOn(page, passage, query);
  await context.setOffline(false);
});
