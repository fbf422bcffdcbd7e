import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { buildCopy, copyProject, project } from './project-copy';

// A corpus of sources with structure (tests/fixtures/corpus-structured): the archive page shows
// their sections as headings with anchors and a table of contents, nests their lists, and keeps
// preformatted blocks line by line.
const sources = readArchive(join(project, 'tests/fixtures/corpus-structured/sources'));
let dir = '';
let result: ReturnType<typeof buildCopy>;
const page = (id: string): Root => fromHtml(readFileSync(join(dir, 'dist/sources', id, 'index.html'), 'utf8'));

beforeAll(() => {
  dir = copyProject('structured', { content: 'tests/fixtures/corpus-structured' });
  result = buildCopy(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('sources with structure', () => {
  it('build', () => {
    expect(result.status, result.output).toBe(0);
  });

  it.each(sources.map((s) => [s.id, s] as const))('%s: every section has its anchored heading, at its depth, and an entry in the contents', (_id, source) => {
    const html = page(source.id);
    expect(source.sections.length).toBeGreaterThan(0);
    const headings = selectAll('section[aria-labelledby="article"] .source-heading', html);
    expect(headings.map((h) => h.properties?.['id'])).toEqual(source.sections.map((s) => s.id));
    headings.forEach((h, i) => {
      expect(h.tagName).toBe(`h${Math.min(6, source.sections[i]!.depth + 2)}`);
      expect(toString(h).trim()).toBe(source.sections[i]!.title);
    });
    const contents = select('nav.source-contents', html);
    expect(contents, 'a table of contents').toBeTruthy();
    expect(selectAll('a', contents!).map((a) => a.properties?.['href'])).toEqual(source.sections.map((s) => `#${s.id}`));
    // A sub-section's entry sits inside its parent's.
    for (const s of source.sections.filter((x) => x.parent)) {
      const entry = select(`a[href="#${s.parent}"]`, contents!);
      const item = selectAll('li', contents!).find((li) => li.children.includes(entry as Element));
      expect(item && selectAll('a', item).some((a) => a.properties?.['href'] === `#${s.id}`), `${s.id} inside ${s.parent}`).toBe(true);
    }
    // Each paragraph sits in the section the archive gives it.
    for (const p of source.paragraphs) {
      const holder = selectAll('section.source-section', html).find((s) => s.children.some((c) => contains(c, p.id)) && directSection(s, p.id));
      expect(holder?.properties?.['ariaLabelledBy'] ?? null, p.id).toEqual(p.section === null ? null : [p.section]);
    }
  });

  it('nests list items as the source does and keeps preformatted lines', () => {
    for (const source of sources) {
      const html = page(source.id);
      for (const p of source.paragraphs.filter((x) => x.shape === 'list-item')) {
        const block = select(`[id="${p.id}"]`, html)!;
        const lists = ancestors(html, block).filter((e) => e.tagName === 'ul' && (e.properties?.['className'] as string[]).includes('archived-list'));
        expect(lists.length, `${source.id} ${p.id} depth`).toBe(p.depth);
      }
      for (const p of source.paragraphs.filter((x) => x.shape === 'preformatted')) {
        const pre = select(`[id="${p.id}"] pre`, html);
        expect(pre && toString(pre), `${source.id} ${p.id}`).toBe(p.lines!.join('\n'));
      }
    }
    expect(sources.some((s) => s.paragraphs.some((p) => p.depth === 2))).toBe(true);
    expect(sources.some((s) => s.paragraphs.some((p) => p.shape === 'preformatted'))).toBe(true);
  });

  it('shows the within-section number beside the global one', () => {
    const source = sources.find((s) => s.sections.some((x) => x.number))!;
    const html = page(source.id);
    const p = source.paragraphs.find((x) => source.sections.find((s) => s.id === x.section)?.number)!;
    const section = source.sections.find((s) => s.id === p.section)!;
    const n = source.paragraphs.filter((x) => x.section === p.section).indexOf(p) + 1;
    expect(toString(select(`[id="${p.id}"] .para-locator`, html)!)).toBe(`§\u00A0${section.number}, ¶\u00A0${n}`);
  });
});

function contains(node: Root['children'][number], id: string): boolean {
  return node.type === 'element' && (node.properties?.['id'] === id || node.children.some((c) => contains(c, id)));
}

/** Whether the paragraph is in this section itself, not in one of its sub-sections. */
function directSection(section: Element, id: string): boolean {
  return section.children.some((c) => c.type === 'element' && !(c.tagName === 'section') && contains(c, id));
}

function ancestors(root: Root, target: Element): Element[] {
  const path: Element[] = [];
  const walk = (node: Root | Element): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child === target) return true;
      path.push(child);
      if (walk(child)) return true;
      path.pop();
    }
    return false;
  };
  walk(root);
  return path;
}
