import { describe, expect, it } from 'vitest';
import { editionFiles, editionFolder, formatSize, SIZE_SLOT, withEditionSize } from './edition-zip';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('editionFiles', () => {
  it('leaves out what has no use from file:// and adds the edition’s own files', () => {
    const built = new Map(
      [
        'index.html',
        '_astro/a.css',
        '_astro/entry.js',
        'pagefind/pagefind.js',
        'sw.js',
        'offline-manifest.json',
        '_headers',
        'offline-edition.zip',
        'citations.json',
      ].map((f) => [f, bytes(f)]),
    );
    const out = editionFiles(built, new Map([['_astro/entry.classic.js', bytes('x')]]), (file, b) => (file.endsWith('.html') ? bytes('rewritten') : b));
    expect([...out.keys()].sort()).toEqual(['_astro/a.css', '_astro/entry.classic.js', 'citations.json', 'index.html']);
    expect(new TextDecoder().decode(out.get('index.html'))).toBe('rewritten');
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
