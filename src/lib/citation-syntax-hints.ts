/**
 * Clearer messages for two citation typos the parser would otherwise misread: a character an id
 * cannot hold in the middle of the id (`[@clul😀ey ¶4]` is not `[@clul ¶4]`), and a quote opened
 * with a mark that is not accepted (`„…“`, `«…»`, `'…'`).
 */
// ASCII punctuation after an id has its own messages (`[@cluley, ¶4]`); this is for the rest.
const FOREIGN = /[^\s\p{ASCII}¶“”„«»‘’‚‹›]/u;

/** After an id ends at `at`: the rest of the word if it continues with a character ids cannot hold. */
export function idInterrupted(text: string, id: string, at: number): { reason: string; hint: string } | null {
  const next = String.fromCodePoint(text.codePointAt(at) ?? 32);
  if (at >= text.length || !FOREIGN.test(next)) return null;
  const rest = /^[^\s\];]*/u.exec(text.slice(at))![0];
  const code = `U+${next.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    reason: `The source id "${id}${rest}" contains "${next}" (${code}), which a source id cannot hold.`,
    hint: 'Source ids are letters, digits, "_", "." and "-" (the `id:` of a file in content/sources/); remove the character.',
  };
}

const OTHER_QUOTES = /[„‚«»‹›‘’'「『]/u;

/** A quote opened with a mark the parser does not accept, named with the marks it does. */
export function unacceptedQuoteMark(char: string | undefined): { reason: string; hint: string } | null {
  if (!char || !OTHER_QUOTES.test(char)) return null;
  return {
    reason: `The quote opens with ${char}, which citations do not accept.`,
    hint: 'Put the verbatim words between straight double quotes "…" or curly “…”; other marks (such as „…“, «…», \'…\') may appear inside them.',
  };
}

const LOCATORS =
  'Use ¶4 or p4 for paragraph 4, §11 for section 11, §11 ¶3 for the 3rd paragraph of section 11, c2 for reader comment 2, dateline for the date line, line 6 for the omitted raw lines starting at line 6, or only the quoted words to cite the one passage that holds them';

/**
 * Why no locator could be read at `at`, after `@id`: the usual ways of naming a section or a
 * paragraph in words ("section 11", "art. 5", "para 3", "s11", a bare "§") get their own hint.
 */
export function missingLocator(text: string, id: string, at: number): { reason: string; hint: string } {
  const word = /^[^\s\];"“”]*(?:\s+\d[\w.]*)?/u.exec(text.slice(at))![0];
  const reason = 'Expected a paragraph, section or comment locator';
  const section = /^(?:section|sect?\.?|art(?:icle|\.)?|s(?=\d))\s*(\d[\w.]*)$/i.exec(word);
  if (section) return { reason, hint: `Write a section with the sign §: [@${id} §${section[1]}]. ${LOCATORS}.` };
  const paragraph = /^(?:para(?:graph)?\.?|par\.?)\s*(\d+)$/i.exec(word);
  if (paragraph) return { reason, hint: `Write a paragraph with the sign ¶ (or p): [@${id} ¶${paragraph[1]}]. ${LOCATORS}.` };
  if (word.startsWith('§')) return { reason, hint: `Give the section's number after §, as its heading numbers it: [@${id} §11]. ${LOCATORS}.` };
  return { reason, hint: `${LOCATORS}: [@${id} ¶4]. If you meant the literal text "[@", escape the bracket: \\[@.` };
}
