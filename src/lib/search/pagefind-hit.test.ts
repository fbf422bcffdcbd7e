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
