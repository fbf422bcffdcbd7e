/**
 * Typographic punctuation the way retext-smartypants (default options) writes it, on plain strings
 * instead of a natural-language syntax tree: straight quotes curled by their neighbours, `--` to an
 * em dash, `...` to an ellipsis, `''` to a closing double quote. Building the tree (parse-latin)
 * was most of the Markdown time of a large build; this reads each character once. The rules below
 * are retext-smartypants' own, restated on tokens: a word is a run of letters and digits, a
 * punctuation token a run of one repeated mark, white space a run of spaces.
 */

type Kind = 'word' | 'space' | 'mark' | 'none';
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const kindOf = (c: string | undefined): Kind => (c === undefined ? 'none' : isWord(c) ? 'word' : isSpace(c) ? 'space' : 'mark');

/** End (exclusive) of the token starting at `i`. */
function tokenEnd(text: string, i: number): number {
  const kind = kindOf(text[i]);
  let j = i + 1;
  if (kind === 'mark') while (text[j] === text[i]) j++;
  else while (j < text.length && kindOf(text[j]) === kind) j++;
  return j;
}

const OPEN = ['“', '‘'];
const CLOSE = ['”', '’'];

/** Curls the straight quotes of a text; a quote that is part of a run (`''`) is left as it is. */
export function curlQuotes(text: string): string {
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'") continue;
    if (text[i + 1] === c || text[i - 1] === c) continue;
    const q = c === '"' ? 0 : 1;
    const previous = kindOf(text[i - 1]);
    const next = kindOf(text[i + 1]);
    const nextEnd = next === 'none' ? i + 1 : tokenEnd(text, i + 1);
    const nextValue = text.slice(i + 1, nextEnd);
    const nextNext = kindOf(text[nextEnd]);
    if (next === 'mark' && nextNext !== 'word') out[i] = CLOSE[q]!;
    else if (next === 'mark' && (nextValue === '"' || nextValue === "'") && nextNext === 'word') {
      out[i] = OPEN[q]!;
      out[i + 1] = OPEN[nextValue === '"' ? 0 : 1]!;
      i++;
    } else if (next === 'word' && /^\d\ds$/.test(nextValue)) out[i] = CLOSE[q]!;
    else if ((previous === 'space' || previous === 'mark') && next === 'word') out[i] = OPEN[q]!;
    else if (previous === 'word') out[i] = CLOSE[q]!;
    else if (next === 'none' || next === 'space' || (c === "'" && nextValue === 's')) out[i] = CLOSE[q]!;
    else out[i] = OPEN[q]!;
  }
  return out.join('');
}

/**
 * Dashes, ellipses and doubled apostrophes, token by token. (retext-smartypants' ``` `` ``` rule
 * never fires on Markdown text: its tokenizer keeps backticks apart, which the tests pin down.)
 */
export function smartPunctuation(text: string): string {
  return text
    .replace(/(?:\.+\s+){2,}\.+|\.{3,}/g, (run) => (/^\.+$/.test(run) || /^(?:\.+\s+)+\.+$/.test(run) ? '…' : run))
    .replace(/(?<!')''(?!')/g, '”')
    .replace(/(?<!-)--(?!-)/g, '—');
}
