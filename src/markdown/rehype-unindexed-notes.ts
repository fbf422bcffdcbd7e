import type { Root } from 'hast';
import { eachElement } from './each-element';

/**
 * Keeps the notes out of the search index: the footnote section (its quotes are indexed once, as
 * the archive's own paragraph records) and the reference numbers in the text ("[4]" is not a word
 * anyone searches for). Runs after remark-rehype has built the footnotes.
 */
export function rehypeUnindexedNotes() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      const props = node.properties ?? {};
      if (node.tagName === 'section' && 'dataFootnotes' in props) props['dataPagefindIgnore'] = 'all';
      if (node.tagName === 'a' && 'dataFootnoteRef' in props) props['dataPagefindIgnore'] = '';
      node.properties = props;
    });
  };
}
