/**
 * How many lines precede a Markdown body inside its file, so a position in the body (what a
 * loader's renderer sees, frontmatter already cut off) can be reported as a line of the file.
 * Returns 0 when the body cannot be found (positions then stay body-relative).
 */
export function bodyLineOffset(fileText: string, body: string): number {
  const lines = (s: string) => s.split('\n').length - 1;
  const exact = body ? fileText.indexOf(body) : -1;
  if (exact >= 0) return lines(fileText.slice(0, exact));
  const trimmed = body.trimStart();
  const at = trimmed ? fileText.indexOf(trimmed.slice(0, 500)) : -1;
  if (at < 0) return 0;
  return lines(fileText.slice(0, at)) - lines(body.slice(0, body.length - trimmed.length));
}
