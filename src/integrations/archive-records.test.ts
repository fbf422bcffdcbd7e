import { describe, expect, it } from 'vitest';
import type { ArchivedSource } from '../schemas/archived-source';
import { archiveRecords } from './archive-records';

const source: ArchivedSource = {
  id: 'demo',
  title: 'A demonstration text',
  shortTitle: 'Demo',
  site: 'Demo Site',
  author: 'Dee Author',
  date: null,
  dateNote: 'Not stated.',
  kind: 'blog post',
  format: 'blank-lines',
  relations: [],
  curation: [],
  headline: null,
  dateline: null,
  sections: [],
  omitted: [],
  stripped: [],
  headings: 'detect',
  file: 'demo.txt',
  sha256: '0'.repeat(64),
  bytes: 100,
  lineCount: 44,
  paragraphs: [
    { id: 'p1', text: 'First paragraph.', line: 3, endLine: 3, section: null, shape: 'prose', depth: 0 },
    { id: 'p12', text: 'Twelfth.', line: 30, endLine: 31, section: null, shape: 'prose', depth: 0 },
  ],
  comments: [
    { id: 'c2', author: 'Ann', paragraphs: ['One.', 'Two.'], line: 40, endLine: 42, repeatedAt: [] },
    { id: 'c3', author: null, paragraphs: ['Anon.'], line: 44, endLine: 44, repeatedAt: [] },
  ],
};

const repost: ArchivedSource = {
  ...source,
  id: 'board',
  title: 'Reposted',
  shortTitle: 'Board repost',
  site: 'A board',
  author: 'poster',
  relations: [{ type: 'reposts', source: 'demo' }],
  paragraphs: [
    { id: 'p1', text: 'Added by the poster.', line: 1, endLine: 1, section: null, shape: 'prose', depth: 0 },
    { id: 'p2', text: 'Twelfth.', line: 2, endLine: 2, section: null, shape: 'prose', depth: 0 },
  ],
  comments: [],
};

describe('archiveRecords', () => {
  const records = archiveRecords([source], 'en');

  it('makes one record per source, paragraph and comment, linked to its anchor', () => {
    expect(records.map((r) => r.url)).toEqual(['/sources/demo/', '/sources/demo/#p1', '/sources/demo/#p12', '/sources/demo/#c2', '/sources/demo/#c3']);
  });

  it('labels the section the way the archive page numbers it', () => {
    expect(records.slice(1).map((r) => r.meta['section'])).toEqual(['¶1', '¶12', 'Reader comment 2 by “Ann”', 'Reader comment 3']);
  });

  it('carries the source title, kind and site as metadata and filters', () => {
    expect(records[1]).toEqual({
      url: '/sources/demo/#p1',
      content: 'First paragraph.',
      language: 'en',
      meta: { title: 'A demonstration text', section: '¶1', kind: 'source', site: 'Demo Site' },
      filters: { kind: ['source'], site: ['Demo Site'] },
    });
    expect(records[3]?.content).toBe('One.\n\nTwo.');
  });

  it('indexes the source as a whole by its title and names, with its opening words as excerpt', () => {
    expect(records[0]?.content).toBe('A demonstration text. Dee Author, Demo Site.');
    expect(records[0]?.meta['opening']).toBe('First paragraph.');
    expect(records[0]?.content).not.toMatch(/Site:|Author:/);
  });

  it('indexes a reposted paragraph once, under the original, saying where else it stands', () => {
    const both = archiveRecords([source, repost], 'en');
    const urls = both.map((r) => r.url);
    expect(urls).toContain('/sources/board/#p1');
    expect(urls).not.toContain('/sources/board/#p2');
    const twelfth = both.find((r) => r.url === '/sources/demo/#p12')!;
    expect(JSON.parse(twelfth.meta['also_in']!)).toEqual([['Board repost ¶2', '/sources/board/#p2']]);
    expect(twelfth.filters['site']).toEqual(['Demo Site', 'A board']);
  });
});
