import { describe, expect, it } from 'vitest';
import type { ArchivedSource } from '../schemas/archived-source';
import { archiveRecords } from './archive-records';

const source: ArchivedSource = {
  id: 'demo',
  title: 'A demonstration text',
  shortTitle: 'Demo',
  site: 'Demo Site',
  author: null,
  date: null,
  dateNote: 'Not stated.',
  kind: 'blog post',
  format: 'blank-lines',
  relations: [],
  curation: [],
  headline: null,
  dateline: null,
  omitted: [],
  file: 'demo.txt',
  sha256: '0'.repeat(64),
  bytes: 100,
  lineCount: 44,
  paragraphs: [
    { id: 'p1', text: 'First paragraph.', line: 3, endLine: 3 },
    { id: 'p12', text: 'Twelfth.', line: 30, endLine: 31 },
  ],
  comments: [
    { id: 'c2', author: 'Ann', paragraphs: ['One.', 'Two.'], line: 40, endLine: 42, repeatedAt: [] },
    { id: 'c3', author: null, paragraphs: ['Anon.'], line: 44, endLine: 44, repeatedAt: [] },
  ],
};

describe('archiveRecords', () => {
  const records = archiveRecords([source], 'en');

  it('makes one record per paragraph and comment, linked to its anchor', () => {
    expect(records.map((r) => r.url)).toEqual(['/sources/demo/#p1', '/sources/demo/#p12', '/sources/demo/#c2', '/sources/demo/#c3']);
  });

  it('labels the section the way the archive page numbers it', () => {
    expect(records.map((r) => r.meta['section'])).toEqual(['¶1', '¶12', 'Reader comment 2 by “Ann”', 'Reader comment 3']);
  });

  it('carries the source title, kind and site as metadata and filters', () => {
    expect(records[0]).toEqual({
      url: '/sources/demo/#p1',
      content: 'First paragraph.',
      language: 'en',
      meta: { title: 'A demonstration text', section: '¶1', kind: 'source', site: 'Demo Site' },
      filters: { kind: ['source'], site: ['Demo Site'] },
    });
    expect(records[2]?.content).toBe('One.\n\nTwo.');
  });
});
