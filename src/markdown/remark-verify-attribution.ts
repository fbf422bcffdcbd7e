import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { attributionOf, checkAttribution, type CitedParagraph } from '../lib/attribution';
import { SourcebookError } from '../lib/errors';
import { parseCitations } from '../lib/parse-citations';
import { findQuotes } from '../lib/prose-quotes';
import { speechSpans } from '../lib/speech-spans';
import { passageLabel, resolveCitation, type CitationIndex, type IndexedSource } from '../lib/verify-citation';
import { loadIndex } from './archive-index';
import { reportErrors } from './page-errors';
import { positionIn, proseBlocks, sentenceStart, type ProseBlock } from './prose-blocks';

export interface RemarkVerifyAttributionOptions {
  /** Project root whose `content/sources/` is cited (default: `process.cwd()`, Astro's root). */
  root?: string;
  /** An index to verify against instead of the project's archive (tests). */
  index?: CitationIndex;
}

/**
 * A quotation the prose puts in a named person's mouth ("Erlin said …", "He told …:") must be
 * that person's words in the paragraph its citation cites: inside the source's quotation marks,
 * with the source naming that person as the speaker (lib/attribution, lib/speech-spans). The
 * outlet's narration around a quotation is the outlet's, however close it stands to a name.
 *
 * Preconditions: runs before remark-citations, on the same tree remark-verify-prose-quotes
 * reads. Citations that do not verify are left to remark-citations to report.
 */
export function remarkVerifyAttribution(options: RemarkVerifyAttributionOptions = {}) {
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile) => {
    const index = options.index ?? loadIndex(root);
    const position = positionIn(file);
    const errors: SourcebookError[] = [];
    let heading = '';
    for (const block of proseBlocks(tree)) {
      if (block.node.type === 'heading') heading = block.text;
      // "### Tim Erlin" … "- **On piracy:** "…"": a lead-in label under a heading gives the words to the heading's name.
      const labelled = heading && isLabelled(block) ? `${heading}: ` : undefined;
      let proseStart = 0;
      for (const group of parseCitations(block.text)) {
        if (!group.ok) break;
        const paragraphs: CitedParagraph[] = [];
        for (const citation of group.citations) {
          // The passage the citation resolves to: `§11 ¶3` and a quote alone name a paragraph too, `§11` all of its paragraphs.
          const result = resolveCitation(index, citation);
          if (!result.ok || (result.passage.kind !== 'paragraph' && result.passage.kind !== 'section')) continue;
          const label = `${citation.sourceId} ${passageLabel(result.source, result.passage.id)}`;
          for (const text of result.passage.kind === 'section' ? result.parts.slice(1) : [result.text]) {
            paragraphs.push({ label, outlet: result.source.shortTitle, text, speakersElsewhere: speakersOf(result.source) });
          }
        }
        for (const quote of findQuotes(block.text.slice(proseStart, group.offset))) {
          if (paragraphs.length === 0) break;
          const at = proseStart + quote.offset;
          const prefix = block.text.slice(sentenceStart(block.text, at - 1, proseStart), at - 1);
          const verdict = checkAttribution(quote.words, labelled && !attributionOf(prefix) ? labelled : prefix, paragraphs);
          if (!verdict.ok) errors.push(new SourcebookError(position(block, at, quote.words), verdict.reason, verdict.hint));
        }
        proseStart = group.offset + group.length;
      }
    }
    reportErrors(file, errors);
  };
}

const speakersBySource = new WeakMap<IndexedSource, string[]>();

/** Everyone a text shows speaking in its paragraphs, read once per source. */
function speakersOf(source: IndexedSource): string[] {
  let speakers = speakersBySource.get(source);
  if (!speakers) {
    const paragraphs = [...source.passages].filter(([id]) => /^p\d+$/.test(id)).map(([, text]) => text);
    speakers = [...new Set(paragraphs.flatMap((text) => speechSpans(text).flatMap((s) => (s.speaker ? [s.speaker] : []))))];
    speakersBySource.set(source, speakers);
  }
  return speakers;
}

/** A paragraph that opens with a bold label ending in a colon: `**On piracy:** …`. */
function isLabelled(block: ProseBlock): boolean {
  const first = block.node.children[0];
  if (block.node.type !== 'paragraph' || first?.type !== 'strong') return false;
  const label = proseBlocks({ type: 'paragraph', children: [first] } as never)[0]?.text ?? '';
  return /:\s*$/.test(label) || block.text.slice(label.length).trimStart().startsWith(':');
}
