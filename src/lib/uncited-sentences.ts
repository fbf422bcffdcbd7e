/**
 * The sentences of a block of prose that carry neither a citation nor the editorial marker.
 *
 * Every sentence on a written page states something, so every sentence needs a citation
 * (`[@src ¶4]`, anywhere in it or right after its full stop), unless it is the site's own voice —
 * navigation ("See the timeline."), an editorial judgement ("The texts do not say."), a general
 * definition — which the author marks explicitly with `[!editorial]`: after the sentence's full
 * stop for one sentence, at the start of a block for the whole block.
 */
export const EDITORIAL_MARK = '[!editorial]';

export interface Sentence {
  /** Offsets in the block's text; `to` is past the citations and marks that end the sentence. */
  from: number;
  to: number;
  text: string;
  cited: boolean;
  editorial: boolean;
}

const OPENING = new Set(['“', '‘']);
const CLOSING: Record<string, string> = { '“': '”', '‘': '’' };

/** Splits at full stops outside quotation marks, keeping citation groups with the sentence they end. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const wholeBlock = text.trimStart().startsWith(EDITORIAL_MARK);
  let start = 0;
  let quote: string | undefined;
  let straight = false;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    if (/\p{L}/u.test(piece.replaceAll(EDITORIAL_MARK, ''))) {
      out.push({ from: start, to: end, text: piece.trim(), cited: piece.includes('[@'), editorial: wholeBlock || piece.includes(EDITORIAL_MARK) });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '[' && (text.startsWith('[@', i) || text.startsWith(EDITORIAL_MARK, i))) {
      // A citation's quoted words are not the sentence's; skip to its closing bracket.
      const close = findGroupEnd(text, i);
      i = close;
      continue;
    }
    // A quotation that ends with its own full stop (“… Simple as that.”) may end the sentence.
    let closesSentence = false;
    if (quote) {
      if (ch !== CLOSING[quote]) continue;
      quote = undefined;
      closesSentence = /[.!?]/.test(text[i - 1] ?? '');
    } else if (OPENING.has(ch) && (ch !== '‘' || !/\p{L}/u.test(text[i - 1] ?? ''))) {
      quote = ch;
      continue;
    } else if (ch === '"') {
      straight = !straight;
      closesSentence = !straight && /[.!?]/.test(text[i - 1] ?? '');
    }
    if (!closesSentence) {
      // An ellipsis marks an omission inside quoted words far more often than a sentence's end.
      if (straight || !/[.!?]/.test(ch)) continue;
      if (isAbbreviation(text, i)) continue;
    }
    // The sentence ends after closing marks, then any citations and editorial marks that follow.
    let end = i + 1;
    while (/[”’"')\]*_]/.test(text[end] ?? '')) end += 1;
    for (;;) {
      const gap = /^\s*/.exec(text.slice(end))![0].length;
      if (text.startsWith('[@', end + gap) || text.startsWith(EDITORIAL_MARK, end + gap)) end = findGroupEnd(text, end + gap) + 1;
      else break;
    }
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    // "…," she said and "Very funny." and …: a lower-case word goes on with the same sentence.
    if (/^\s+\p{Ll}/u.test(text.slice(end))) continue;
    push(end);
  }
  push(text.length);
  return out;
}

/**
 * `labelEnd`: where a bold lead-in (`**The date of approval.** …`) ends; a sentence within it is a
 * label, not a claim. A last sentence ending in a colon introduces the block after it (a quotation
 * or a list), which is checked on its own.
 */
export function uncitedSentences(text: string, labelEnd = 0): Sentence[] {
  const all = splitSentences(text);
  return all.filter((s, i) => !s.cited && !s.editorial && s.to > labelEnd + 1 && !(i === all.length - 1 && s.text.endsWith(':')));
}

function findGroupEnd(text: string, open: number): number {
  if (text.startsWith(EDITORIAL_MARK, open)) return open + EDITORIAL_MARK.length - 1;
  // Quotes inside a citation may hold "]" only as the last mark before it.
  const close = text.indexOf(']', open);
  return close < 0 ? text.length - 1 : close;
}

/** U.S., e.g., Mr., a decimal point, an initial: a full stop that does not end a sentence. */
function isAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const before = text.slice(Math.max(0, at - 6), at);
  if (/(?:^|[\s(.])\p{Lu}$/u.test(before)) return true;
  if (/(?:^|\s)(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|vs|No|cf)$/u.test(before)) return true;
  return /\d$/.test(before) && /\d/.test(text[at + 1] ?? '');
}
