import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkSmartQuotes } from './remark-smart-quotes';

/** The text values of a Markdown document after one plugin, in document order. */
function texts(markdown: string, plugin: typeof remarkSmartQuotes): string[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugin);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const out: string[] = [];
  visit(tree, 'text', (node) => void out.push(node.value));
  return out;
}

const smartypants = remarkSmartypants as unknown as typeof remarkSmartQuotes;

const CASES = [
  'He said "yes" and \'no\'.',
  '"Quoted" at the start, and a quote at the end: "end."',
  "It's the '80s, isn't it? Rock 'n' roll.",
  'He said, "\'Quoted\' words in a larger quote."',
  'A "quote around a [link](https://example.org)" and **"bold"** text.',
  "Dashes -- like this --- and... dots . . . and ``backticks'' too.",
  'Code `"not curled"` and "after code".',
  '"(parenthetical)" and "—dash" and "22-page" and \'s things.',
  '- "item one"\n- \'item two\'\n\n# "Heading"\n\n| "a" | \'b\' |\n|---|---|\n| "c" | d\'s |',
  'The readers\' comments; the texts\' words; "Chinese".[@src ¶1 "quoted words"; @other ¶2]',
];

describe('remarkSmartQuotes', () => {
  it('writes what remark-smartypants writes, on tricky cases', () => {
    for (const md of CASES) expect(texts(md, remarkSmartQuotes), md).toEqual(texts(md, smartypants));
  });

  it('writes what remark-smartypants writes on every page of the corpus', () => {
    const dir = 'content/pages';
    for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
      const md = readFileSync(join(dir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      expect(texts(md, remarkSmartQuotes), name).toEqual(texts(md, smartypants));
    }
    // remark-smartypants alone takes seconds for these pages on a busy machine.
  }, 60_000);

  it('does curl quotes (the comparison is not between two no-ops)', () => {
    expect(texts('He said "yes".', remarkSmartQuotes)).toEqual(['He said “yes”.']);
  });
});
