import { describe, expect, it } from 'vitest';
import { buildSections, slug, type FoundHeading } from './sections';

const h = (title: string, number: string | null, family: string, parts = 1, line = 1): FoundHeading => ({ title, number, family, parts, line });

describe('buildSections', () => {
  it('ranks families by first appearance and nests dotted numbers', () => {
    const sections = buildSections([
      h('TERMS', null, 'display', 1, 1),
      h('1. Scope', '1', 'number', 1, 3),
      h('1.1 Terms', '1.1', 'number', 2, 5),
      h('2. Fees', '2', 'number', 1, 7),
      h('END OF TERMS', null, 'display', 1, 9),
    ]);
    expect(sections).toEqual([
      { id: 's-terms', number: null, title: 'TERMS', line: 1, depth: 1, parent: null },
      { id: 's1', number: '1', title: '1. Scope', line: 3, depth: 2, parent: 's-terms' },
      { id: 's1.1', number: '1.1', title: '1.1 Terms', line: 5, depth: 3, parent: 's1' },
      { id: 's2', number: '2', title: '2. Fees', line: 7, depth: 2, parent: 's-terms' },
      { id: 's-end-of-terms', number: null, title: 'END OF TERMS', line: 9, depth: 1, parent: null },
    ]);
  });

  it('keeps the plain id for the first of two equal ids and suffixes the later ones', () => {
    const ids = buildSections([
      h('5. A', '5', 'number'),
      h('Article 5', '5', 'article'),
      h('5. B', '5', 'number'),
      h('NOTES', null, 'display'),
      h('NOTES', null, 'display'),
    ]).map((s) => s.id);
    expect(ids).toEqual(['s5', 's5-2', 's5-3', 's-notes', 's-notes-2']);
  });

  it('lets a fixed depth win over the family', () => {
    const [a, b] = buildSections([
      { ...h('Intro', null, 'marked'), depth: 2 },
      { ...h('Body', null, 'marked'), depth: 1 },
    ]);
    expect([a!.depth, b!.depth, b!.parent]).toEqual([2, 1, null]);
  });

  it('slugs titles to at most six words', () => {
    expect(slug('Exhibit B - "Incompatible With Secondary Licenses" Notice')).toBe('exhibit-b-incompatible-with-secondary-licenses');
    expect(slug('Définitions générales')).toBe('definitions-generales');
    expect(slug('***')).toBe('section');
  });
});
