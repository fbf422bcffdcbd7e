import { describe, expect, it } from 'vitest';
import { copyName, withoutNav } from './scaled-site';

describe('withoutNav', () => {
  it('drops nav and navLabel from the frontmatter only', () => {
    const page = '---\ntitle: T\nnav: 4\nnavLabel: Backdoors\nkind: explainer\n---\n\nnav: 4 stays in the body.\n';
    expect(withoutNav(page)).toBe('---\ntitle: T\nkind: explainer\n---\n\nnav: 4 stays in the body.\n');
  });

  it('leaves a page without frontmatter or nav unchanged', () => {
    expect(withoutNav('Just text.\nnav: 1\n')).toBe('Just text.\nnav: 1\n');
    expect(withoutNav('---\ntitle: T\n---\nBody')).toBe('---\ntitle: T\n---\nBody');
  });
});

describe('copyName', () => {
  it('numbers a copy before its extension', () => {
    expect(copyName('backdoors.md', 3)).toBe('backdoors-copy-3.md');
    expect(copyName('index.mdx', 2)).toBe('index-copy-2.mdx');
  });
});
