import { describe, expect, it } from 'vitest';
import { findReposts, type RepostSource } from './reposts';

const original: RepostSource = {
  id: 'blog',
  shortTitle: 'The blog',
  relations: [],
  paragraphs: [
    { id: 'p1', text: 'The paper reports:' },
    { id: 'p2', text: 'Banks must  hand over\nsource code.' },
    { id: 'p3', text: 'In short: play ball or leave.' },
    { id: 'p4', text: 'Only the blog says this.' },
  ],
};
const repost: RepostSource = {
  id: 'copy',
  shortTitle: 'Forum copy',
  relations: [{ type: 'reposts', source: 'blog' }],
  paragraphs: [
    { id: 'p1', text: 'The paper reports: Banks must hand over source code.' },
    { id: 'p2', text: 'In short:' },
    { id: 'p3', text: 'play ball or leave.' },
    { id: 'p4', text: 'A line the poster added.' },
  ],
};

describe('findReposts', () => {
  const { copied, copies } = findReposts([original, repost]);

  it('marks the repost paragraphs found in the original, however the two break paragraphs', () => {
    expect([...copied]).toEqual(['copy#p1', 'copy#p2', 'copy#p3']);
  });

  it('maps each original paragraph to the repost paragraphs carrying its words', () => {
    expect(copies.get('blog#p1')).toEqual([{ repostId: 'copy', label: 'Forum copy ¶1', paragraphId: 'p1' }]);
    expect(copies.get('blog#p2')?.map((c) => c.label)).toEqual(['Forum copy ¶1']);
    expect(copies.get('blog#p3')?.map((c) => c.label)).toEqual(['Forum copy ¶2', 'Forum copy ¶3']);
    expect(copies.has('blog#p4')).toBe(false);
  });

  it('goes by the declared relation only: the same words in an unrelated text are not a repost', () => {
    const unrelated = { ...repost, id: 'other', relations: [{ type: 'relays', source: 'blog' }] };
    expect(findReposts([original, unrelated]).copied.size).toBe(0);
  });
});
