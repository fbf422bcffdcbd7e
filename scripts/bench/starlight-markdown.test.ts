import { describe, expect, it } from 'vitest';
import { archivePageMarkdown, citationsToFootnotes, escapeMarkdown, splitFrontmatter, toStarlightPage, type SourceLabel } from './starlight-markdown';

const sources = new Map<string, SourceLabel>([
  ['cluley', { id: 'cluley', shortTitle: 'Graham Cluley', site: 'Graham Cluley', date: null }],
  ['vpnnews', { id: 'vpnnews', shortTitle: 'VPN news', site: 'VPN Articles and News', date: '2015-04-23' }],
]);

describe('citationsToFootnotes', () => {
  it('turns a group into a footnote with our note text and link', () => {
    expect(citationsToFootnotes('Rules were approved.[@cluley ¶4 "end of last year"]\n', sources)).toBe(
      'Rules were approved.[^cite-1]\n\n[^cite-1]: Graham Cluley (undated), [¶4](/sources/cluley/#p4): “end of last year”.\n',
    );
  });

  it('joins several citations in one note, names reader comments, and dates sources', () => {
    const out = citationsToFootnotes('A claim. [@vpnnews p1; @cluley c2]', sources);
    expect(out).toBe(
      'A claim.[^cite-1]\n\n[^cite-1]: VPN news (VPN Articles and News, 23 April 2015), [¶1](/sources/vpnnews/#p1); [reader comment 2](/sources/cluley/#c2) on Graham Cluley (undated).\n',
    );
  });

  it('shares one note between identical groups and numbers different ones apart', () => {
    const out = citationsToFootnotes('One.[@cluley ¶1] Two.[@cluley ¶2] Three.[@cluley ¶1]', sources);
    expect(out.split('\n\n')[0]).toBe('One.[^cite-1] Two.[^cite-2] Three.[^cite-1]');
    expect(out.match(/^\[\^cite-\d\]:/gm)).toEqual(['[^cite-1]:', '[^cite-2]:']);
  });

  it('keeps escaped \\[@ and ordinary footnotes, and avoids their ids', () => {
    const body = 'Write \\[@source ¶4]. Fact.[^cite-1] Cited.[@cluley ¶3]\n\n[^cite-1]: An ordinary note.';
    const out = citationsToFootnotes(body, sources);
    expect(out).toContain('Write \\[@source ¶4].');
    expect(out).toContain('Cited.[^cite-1-2]');
    expect(out).toContain('[^cite-1]: An ordinary note.');
    expect(out).toContain('[^cite-1-2]: Graham Cluley (undated), [¶3](/sources/cluley/#p3).');
  });

  it('escapes quoted words so they stay literal', () => {
    expect(citationsToFootnotes('X.[@cluley ¶1 "a *b* <i>"]', sources)).toContain(': “a \\*b\\* \\<i\\>”.');
  });

  it('leaves a page without citations as it is, and fails on unknown sources or bad syntax', () => {
    expect(citationsToFootnotes('Plain text.\n', sources)).toBe('Plain text.\n');
    expect(() => citationsToFootnotes('X.[@nobody ¶1]', sources)).toThrow(/Unknown source "nobody"/);
    expect(() => citationsToFootnotes('X.[@cluley]', sources)).toThrow(/locator/);
  });

  it('honours a base path in links', () => {
    expect(citationsToFootnotes('X.[@cluley ¶1]', sources, '/sub/')).toContain('(/sub/sources/cluley/#p1)');
  });
});

describe('toStarlightPage', () => {
  it('keeps title and description only', () => {
    const page = '---\ntitle: "Backdoors: why"\ndescription: About them.\nkind: explainer\nnav: 4\n---\n\nText.[@cluley ¶9]\n';
    const out = toStarlightPage(page, sources);
    expect(splitFrontmatter(out).data).toEqual({ title: 'Backdoors: why', description: 'About them.' });
    expect(splitFrontmatter(out).body).toContain('Text.[^cite-1]');
  });
});

describe('escapeMarkdown / archivePageMarkdown', () => {
  it('neutralises inline and line-start syntax and flattens line breaks', () => {
    expect(escapeMarkdown('- [a](b) _c_ &amp;\nnext')).toBe('\\- \\[a\\](b) \\_c\\_ \\&amp; next');
    expect(escapeMarkdown('1. Not a list')).toBe('1\\. Not a list');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });

  it('writes anchored paragraphs and comments', () => {
    const md = archivePageMarkdown({
      title: 'A: title',
      paragraphs: [{ id: 'p1', text: 'First *one*.' }],
      comments: [
        { id: 'c1', author: 'Ann', paragraphs: ['Hi.', 'Bye.'] },
        { id: 'c2', author: null, paragraphs: ['Anon.'] },
      ],
    });
    expect(md).toContain('title: "A: title"');
    expect(md).toContain('<a id="p1"></a>First \\*one\\*.');
    expect(md).toContain('<a id="c1"></a>**Reader comment 1, by “Ann”**\n\nHi.\n\nBye.');
    expect(md).toContain('<a id="c2"></a>**Reader comment 2, anonymous**\n\nAnon.');
  });
});
