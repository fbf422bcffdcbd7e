import type { ArchivedParagraph, ArchivedSection } from '../schemas/archived-source';
import { sectionLabel } from './passage-id';

/** A paragraph as the archive page shows it, with its place in its section (`§ 11, ¶ 3`) where the section is numbered. */
export interface OutlineParagraph {
  kind: 'paragraph';
  paragraph: ArchivedParagraph;
  /** Its number within its innermost section, counted in document order; null outside numbered sections. */
  inSection: { section: string; n: number } | null;
}

/** An item of a list: the item's paragraph, then what nests under it (its further paragraphs, a sub-list). */
export interface OutlineItem {
  paragraph: OutlineParagraph;
  blocks: OutlineBlock[];
}

export interface OutlineList {
  kind: 'list';
  items: OutlineItem[];
}

export type OutlineBlock = OutlineParagraph | OutlineList;

export interface OutlineSection {
  section: ArchivedSection;
  blocks: OutlineBlock[];
  children: OutlineSection[];
}

/** The text before the first heading, then the sections, each holding its own paragraphs and then its sub-sections. */
export interface Outline {
  blocks: OutlineBlock[];
  sections: OutlineSection[];
}

/**
 * Turns the archive's flat lists (sections with parents, paragraphs naming their section and
 * list depth) into the tree the archive page renders: nested sections, nested lists.
 */
export function archiveOutline(sections: ArchivedSection[], paragraphs: ArchivedParagraph[]): Outline {
  const nodes = new Map(sections.map((s) => [s.id, { section: s, blocks: [], children: [] } as OutlineSection]));
  const outline: Outline = { blocks: [], sections: [] };
  for (const node of nodes.values()) (node.section.parent ? nodes.get(node.section.parent)!.children : outline.sections).push(node);

  const counts = new Map<string, number>();
  const bySection = new Map<string | null, ArchivedParagraph[]>();
  for (const p of paragraphs) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
  const numbered = new Set(sections.filter((s) => s.number !== null).map((s) => s.id));
  for (const [id, list] of bySection) {
    const blocks = nestLists(
      list.map((paragraph) => {
        const n = id === null ? 0 : (counts.get(id) ?? 0) + 1;
        if (id !== null) counts.set(id, n);
        return { kind: 'paragraph', paragraph, inSection: id !== null && numbered.has(id) ? { section: id, n } : null };
      }),
    );
    (id === null ? outline.blocks : nodes.get(id)!.blocks).push(...blocks);
  }
  return outline;
}

/** Groups consecutive list items into (nested) lists; a prose paragraph with a depth continues the item above it. */
export function nestLists(paragraphs: OutlineParagraph[]): OutlineBlock[] {
  const root: OutlineBlock[] = [];
  let open: Array<{ list: OutlineList; last: OutlineItem | undefined }> = [];
  for (const p of paragraphs) {
    const { shape, depth } = p.paragraph;
    if (shape === 'list-item' && depth > 0) {
      // A depth that jumps (1 → 3) nests one level at a time.
      const level = Math.min(depth, open.length + 1);
      open = open.slice(0, level);
      if (open.length < level) {
        const list: OutlineList = { kind: 'list', items: [] };
        (open.length ? open[open.length - 1]!.last!.blocks : root).push(list);
        open.push({ list, last: undefined });
      }
      const item: OutlineItem = { paragraph: p, blocks: [] };
      const top = open[level - 1]!;
      top.list.items.push(item);
      top.last = item;
      continue;
    }
    const holder = depth > 0 ? open[Math.min(depth, open.length) - 1]?.last : undefined;
    if (holder) {
      open = open.slice(0, Math.min(depth, open.length));
      holder.blocks.push(p);
    } else {
      open = [];
      root.push(p);
    }
  }
  return root;
}

/** The heading element a section gets under the page's "Text" heading (h2): depth 1 → h3, down to h6. */
export function headingLevel(depth: number): 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(3, depth + 2)) as 3 | 4 | 5 | 6;
}

/** How the page writes a paragraph's place in its section, as a lawyer cites it: "§ 11, ¶ 3". */
export function sectionLocator(section: ArchivedSection, n: number): string {
  return sectionLabel(section.number ?? '', n);
}
