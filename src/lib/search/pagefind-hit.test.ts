import { describe, expect, it } from 'vitest';
import { bestSubResult, toSearchHit, type PagefindData } from './pagefind-hit';

const sub = (title: string, url: string, scores: number[], anchor = true) => ({
  title,
  url,
  excerpt: `${title} <mark>x</mark>`,
  anchor: anchor ? { element: 'h2', id: url.split('#')[1] ?? '' } : undefined,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('bestSubResult', () => {
  it('picks the section where the matches weigh most, first on ties', () => {
    const subs = [sub('Intro', '/a/', [1], false), sub('Audits', '/a/#audits', [2, 3]), sub('Keys', '/a/#keys', [5])];
    expect(bestSubResult(subs)?.title).toBe('Audits');
    expect(bestSubResult([sub('A', '/a/#a', [2]), sub('B', '/a/#b', [2])])?.title).toBe('A');
    expect(bestSubResult(undefined)).toBeUndefined();
  });
});

describe('toSearchHit', () => {
  it('links an explainer hit to its best heading', () => {
    const data: PagefindData = {
      url: '/rules/',
      excerpt: 'page <mark>x</mark>',
      meta: { title: 'The rules', kind: 'explainer', topic: 'rules' },
      sub_results: [sub('The rules', '/rules/', [1], false), sub('Source code audits', '/rules/#audits', [9])],
    };
    expect(toSearchHit(data)).toEqual({
      url: '/rules/#audits',
      title: 'The rules',
      section: 'Source code audits',
      excerpt: [
        { text: 'Source code audits ', marked: false },
        { text: 'x', marked: true },
      ],
      kind: 'explainer',
      topic: 'rules',
      site: undefined,
    });
  });

  it('gives no section for a match above the first heading', () => {
    const data: PagefindData = { url: '/', excerpt: 'e', meta: { title: 'Home' }, sub_results: [sub('Home', '/', [1], false)] };
    expect(toSearchHit(data).section).toBeUndefined();
  });

  it('labels an archive record with its paragraph and site', () => {
    const data: PagefindData = {
      url: '/sources/appleinsider/#p8',
      excerpt: 'provide the government with <mark>encryption</mark> <mark>keys</mark>',
      meta: { title: 'Apple may be forced…', section: '¶8', kind: 'source', site: 'AppleInsider' },
      sub_results: [{ title: 'Apple may be forced…', url: '/sources/appleinsider/#p8', excerpt: 'with <mark>encryption</mark>' }],
    };
    const hit = toSearchHit(data);
    expect([hit.url, hit.section, hit.site, hit.kind]).toEqual(['/sources/appleinsider/#p8', '¶8', 'AppleInsider', 'source']);
  });
});

describe('page-level hits', () => {
  it('never shows the title again as the excerpt', () => {
    const data: PagefindData = {
      url: '/rules/',
      excerpt: '<mark>rules</mark> page',
      meta: { title: 'The rules', kind: 'explainer' },
      sub_results: [
        { title: 'The rules', url: '/rules/', excerpt: 'The <mark>rules.</mark>', weighted_locations: [{ balanced_score: 9 }] },
        sub('Who must comply', '/rules/#who', [2]),
      ],
    };
    const hit = toSearchHit(data);
    expect(hit.url).toBe('/rules/#who');
    expect(hit.excerpt.map((p) => p.text).join('')).toBe('Who must comply x');
  });

  it('shows the opening words of a source found by its title, and where a reposted paragraph also stands', () => {
    const whole = toSearchHit(
      { url: '/sub/sources/a/', excerpt: '<mark>Title</mark>', meta: { title: 'Title', kind: 'source', opening: 'It began …' } },
      '/sub/',
    );
    expect(whole.excerpt).toEqual([{ text: 'It began …', marked: false }]);
    const copied = toSearchHit(
      { url: '/sub/sources/a/#p2', excerpt: 'x', meta: { title: 'T', section: '¶2', kind: 'source', also_in: '[["Forum repost ¶1","/sources/f/#p1"]]' } },
      '/sub/',
    );
    expect(copied.alsoIn).toEqual([{ label: 'Forum repost ¶1', url: '/sub/sources/f/#p1' }]);
  });
});
