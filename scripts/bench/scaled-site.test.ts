import { describe, expect, it } from 'vitest';
import { copyName, retargetPage, retargetSourceMeta, withoutNav } from './scaled-site';

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

describe('retargetPage', () => {
  it('points citations and source links at the copy, and nothing else', () => {
    const page = 'A.[@cluley ¶2 "x"; @forum ¶1] See [Cluley ¶4](../sources/cluley/#p4) and @clu, cluley, [@cluley-extra ¶1].';
    expect(retargetPage(page, ['cluley', 'forum'], 3)).toBe(
      'A.[@cluley-3 ¶2 "x"; @forum-3 ¶1] See [Cluley ¶4](../sources/cluley-3/#p4) and @clu, cluley, [@cluley-extra ¶1].',
    );
  });
});

describe('retargetSourceMeta', () => {
  it('renames the id and relations to sources of the archive', () => {
    const yaml = 'id: forum\ntitle: T\nrelations:\n  - { type: reposts, source: cluley, note: "n" }\n  - { type: relays, work: "NYT" }\n';
    expect(retargetSourceMeta(yaml, ['cluley', 'forum'], 2)).toBe(
      'id: forum-2\ntitle: T\nrelations:\n  - { type: reposts, source: cluley-2, note: "n" }\n  - { type: relays, work: "NYT" }\n',
    );
  });
});
