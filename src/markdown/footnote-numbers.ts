import type { FootnoteDefinition, FootnoteReference, Nodes, Root } from 'mdast';

export interface FootnoteMark {
  /** The number the reader sees. */
  number: number;
  /** 1 for the first reference to a note, 2 for the second…: remark-rehype suffixes ids with `-2`…. */
  reuse: number;
}

/**
 * Predicts the number and reuse count remark-rehype (mdast-util-to-hast) gives each footnote
 * reference: notes are numbered by first reference in document order, references inside notes
 * come after the text's own, in the order the notes are listed. Kept in step with
 * mdast-util-to-hast 13; the plugin's fixture tests compare it with the rendered HTML.
 */
export function numberFootnotes(tree: Root): Map<FootnoteReference, FootnoteMark> {
  const definitions = new Map<string, FootnoteDefinition>();
  const collect = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') {
      const id = node.identifier.toUpperCase();
      if (!definitions.has(id)) definitions.set(id, node);
    }
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);

  const order: string[] = [];
  const counts = new Map<string, number>();
  const marks = new Map<FootnoteReference, FootnoteMark>();
  const walk = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'footnoteReference') {
      const id = node.identifier.toUpperCase();
      const reuse = (counts.get(id) ?? 0) + 1;
      counts.set(id, reuse);
      if (reuse === 1) order.push(id);
      marks.set(node, { number: order.indexOf(id) + 1, reuse });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  // `order` grows while notes that cite other notes are walked, as in mdast-util-to-hast's footer.
  for (let i = 0; i < order.length; i += 1) {
    for (const child of definitions.get(order[i]!)?.children ?? []) walk(child);
  }
  return marks;
}
