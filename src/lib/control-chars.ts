import { SourcebookError } from './errors';
import { positionAt } from './text-position';

// C0 controls except tab, line feed, form feed and carriage return; DEL; C1 controls. HTML
// forbids them in text, and they are invisible, so a scrape containing one is rejected.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/** Throws, pointing at the first control character, if `text` holds one. */
export function rejectControlCharacters(text: string, file: string): void {
  const match = FORBIDDEN.exec(text);
  if (!match) return;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  throw new SourcebookError(
    { file, ...positionAt(text, match.index) },
    `The text contains the invisible control character U+${code}, which HTML cannot show.`,
    'Remove it from the copy you import (e.g. `tr -d` for that byte); sources are archived byte for byte, so fix the file before adding it.',
  );
}
