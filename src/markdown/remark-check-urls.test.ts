import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { takeInternalLinks } from '../lib/internal-links';
import { takeMarkdownErrors } from '../lib/markdown-errors';
import { remarkCheckUrls } from './remark-check-urls';
import { remarkUnverifiedCitations } from './remark-unverified-citations';

const run = (plugin: typeof remarkCheckUrls | typeof remarkUnverifiedCitations, markdown: string) => {
  const processor = unified().use(remarkParse).use(plugin, { pagesDir: '/site/pages' });
  const file = new VFile({ path: '/site/pages/guide/page.md', value: markdown });
  let thrown: unknown;
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    thrown = error;
  }
  return { thrown, errors: takeMarkdownErrors().map((e) => e.message.split('\n')[0]), links: takeInternalLinks() };
};

describe('remarkCheckUrls', () => {
  it('refuses unsafe schemes and off-site images, all at once, at their positions', () => {
    const { thrown, errors } = run(remarkCheckUrls, '[a](javascript:x) <vbscript:y>\n\n![i](https://e.example/p.png) [r]\n\n[r]: data:text/html,x\n');
    expect(thrown).toBeDefined();
    expect(errors.map((e) => e!.replace(/^[^:]*page\.md:/, ''))).toEqual([
      '1:1  A link with the unsafe scheme `javascript:` (javascript:x).',
      '1:19  A link with the unsafe scheme `vbscript:` (vbscript:y).',
      '3:1  An image from another site (https://e.example/p.png).',
      '5:1  A link with the unsafe scheme `data:` (data:text/html,x).',
    ]);
  });
  it('records internal links with the page they are on, and lets off-site links and mail through', () => {
    const { thrown, links } = run(remarkCheckUrls, '[a](../x/#y) [b](https://example.org/) [c](mailto:a@b.c) ![d](pic.png)\n');
    expect(thrown).toBeUndefined();
    expect(links.map((l) => [l.fromRoute, l.href, l.at.line, l.at.column])).toEqual([
      ['guide/page', '../x/#y', 1, 1],
      ['guide/page', 'pic.png', 1, 58],
    ]);
  });
});

describe('remarkUnverifiedCitations', () => {
  it('refuses citations in alt text and titles', () => {
    const { errors } = run(remarkUnverifiedCitations, '![x [@s ¶1]](p.png)\n\n[l](a/ "t [@s ¶2]")\n');
    expect(errors.map((e) => e!.replace(/^[^:]*page\.md:/, ''))).toEqual([
      '1:1  A citation in image alt text is never verified.',
      '3:1  A citation in a link or image title is never verified.',
    ]);
  });
});
