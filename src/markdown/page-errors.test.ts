import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { SourcebookError } from '../lib/errors';
import { takeMarkdownErrors } from '../lib/markdown-errors';
import { authoringErrors, rehypeReportErrors, remarkCollectErrors, reportErrors } from './page-errors';

const tree = { type: 'root', children: [] } as Root;
const error = (line: number) => new SourcebookError({ file: 'content/pages/a.md', line, column: 1 }, `Wrong on line ${line}.`, 'Fix it.');

describe('page errors', () => {
  it('are thrown by a plugin used alone', () => {
    expect(() => reportErrors(new VFile(), [error(3)])).toThrow('content/pages/a.md:3:1  Wrong on line 3.');
    expect(() => reportErrors(new VFile(), [error(3), error(1)])).toThrow(/^2 errors:\n\ncontent\/pages\/a\.md:1:1/);
    takeMarkdownErrors();
  });

  it('are collected from the first plugin to the last, recorded for the build, and handed to the page template', () => {
    const file = new VFile({ path: 'content/pages/a.md' });
    remarkCollectErrors()(tree, file);
    reportErrors(file, [error(5)]);
    reportErrors(file, [error(2)]);
    rehypeReportErrors()({ type: 'root', children: [] }, file);
    expect(takeMarkdownErrors().map((e) => e.line)).toEqual([5, 2]);
    const thrown = authoringErrors((file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter);
    expect(thrown?.message).toBe(
      '2 errors:\n\ncontent/pages/a.md:2:1  Wrong on line 2.\n  hint: Fix it.\n\ncontent/pages/a.md:5:1  Wrong on line 5.\n  hint: Fix it.',
    );
    expect(authoringErrors({})).toBeUndefined();
  });

  it('stop an MDX page at the end of its pipeline, all of them', () => {
    const file = new VFile({ path: 'content/pages/b.mdx' });
    remarkCollectErrors()(tree, file);
    reportErrors(file, [error(4), error(7)]);
    expect(() => rehypeReportErrors()({ type: 'root', children: [] }, file)).toThrow(/^2 errors:/);
    takeMarkdownErrors();
  });
});
