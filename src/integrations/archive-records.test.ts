import { describe, expect, it } from 'vitest';
import type { ArchivedSource } from '../schemas/archived-source';
import { archiveRecords } from './archive-records';

const source = {
  id: 'cluley',
  title: 'China wants your source code',
  site: 'Graham Cluley',
  paragraphs: [
    { id: 'p1', text: 'First paragraph.', line: 3, endLine: 3 },
    { id: 'p12', text: 'Twelfth.', line: 30, endLine: 31 },
  ],
  comments: [
    { id: 'c2', author: 'Ann', paragraphs: ['One.', 'Two.'], line: 40, endLine: 42, repeatedAt: [] },
    { id: 'c3', author: null, paragraphs: ['Anon.'], line: 44, endLine: 44, repeatedAt: [] },
  ],
} as unknown as ArchivedSource;

describe('archiveRecords', () => {
  const records = archiveRecords([source], 'en');

  it('makes one record per paragraph and comment, linked to its anchor', () => {
    expect(records.map((r) => r.url)).toEqual(['/sources/cluley/#p1', '/sources/cluley/#p12', '/sources/cluley/#c2', '/sources/cluley/#c3']);
  });

  it('labels the section the way the archive page numbers it', () => {
    expect(records.map((r) => r.meta['section'])).toEqual(['¶1', '¶12', 'Reader comment 2 by “Ann”', 'Reader comment 3']);
  });

  it('carries the source title, kind and site as metadata and filters', () => {
    expect(records[0]).toEqual({
      url: '/sources/cluley/#p1',
      content: 'First paragraph.',
      language: 'en',
      meta: { title: 'China wants your source code', section: '¶1', kind: 'source', site: 'Graham Cluley' },
      filters: { kind: ['source'], site: ['Graham Cluley'] },
    });
    expect(records[2]?.content).toBe('One.\n\nTwo.');
  });
});
