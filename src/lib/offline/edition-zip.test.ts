import { describe, expect, it } from 'vitest';
import { editionFolder, inEdition, formatSize, SIZE_SLOT, withEditionSize } from './edition-zip';

describe('inEdition', () => {
  it('leaves out what has no use from file://', () => {
    const built = [
      'index.html',
      '_astro/a.css',
      '_astro/entry.js',
      '_astro/entry.classic.js',
      'pagefind/pagefind.js',
      'sw.js',
      'offline-manifest.json',
      '_headers',
      'offline-edition.zip',
      'citations.json',
      'a/b.js.map',
    ];
    expect(built.filter(inEdition)).toEqual(['index.html', '_astro/a.css', '_astro/entry.classic.js', 'citations.json']);
  });
});

describe('editionFolder', () => {
  it('names the folder after the site', () => {
    expect(editionFolder('Sourcebook')).toBe('sourcebook-offline');
    expect(editionFolder('Les règles — 2015')).toBe('les-regles-2015-offline');
    expect(editionFolder('中文')).toBe('site-offline');
  });
});

describe('formatSize', () => {
  it('reads as file managers show sizes', () => {
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(276_400)).toBe('276 KB');
    expect(formatSize(15_140_000)).toBe('15.1 MB');
  });
});

describe('withEditionSize', () => {
  it('fills every size slot and leaves pages without one alone', () => {
    expect(withEditionSize(`<a>x</a>${SIZE_SLOT}`, 2_500_000)).toBe('<a>x</a><span data-edition-size> (zip, 2.5 MB)</span>');
    expect(withEditionSize('<p>none</p>', 1)).toBe('<p>none</p>');
  });
});
