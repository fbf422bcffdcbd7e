/**
 * Curation patterns are author input, run against every line of a source: one that is invalid,
 * or that can take exponential time on a long line, must fail with a reason and not hang the build.
 */

/** Why `source` cannot be used as a pattern, or null when it can. */
export function patternProblem(source: string): string | null {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  const nested = nestedQuantifier(source);
  return nested ? `repeats a group that itself repeats (\`${nested}\`), which can take exponential time on a long line` : null;
}

/**
 * The first group that holds a quantifier and is itself repeated (`(a+)+`, `(\w*)*`, `(x+){2,}`):
 * the classic shape of catastrophic backtracking. Cheap to find, and rarely needed in a pattern
 * that strips or omits parts of lines.
 */
export function nestedQuantifier(source: string): string | null {
  const open: Array<{ at: number; repeats: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') open.push({ at: i, repeats: false });
    else if (c === ')') {
      const group = open.pop();
      const after = source.slice(i + 1);
      if (group?.repeats && isRepeat(after)) return source.slice(group.at, i + 1 + repeatLength(after));
      if (group?.repeats && open.length) open[open.length - 1]!.repeats = true;
      if (isRepeat(after) && open.length) open[open.length - 1]!.repeats = true;
    } else if ((c === '*' || c === '+' || c === '{') && isRepeat(source.slice(i)) && open.length) open[open.length - 1]!.repeats = true;
  }
  return null;
}

const REPEAT = /^(?:[*+]|\{\d*,\d*\}|\{(\d+)\})/u;

function isRepeat(text: string): boolean {
  const match = REPEAT.exec(text);
  if (!match) return false;
  // `{3}` repeats a fixed number of times; only open-ended or ranged repeats backtrack.
  return match[1] === undefined;
}

function repeatLength(text: string): number {
  return REPEAT.exec(text)?.[0].length ?? 0;
}

/** An `omit` rule names the lines it drops or a pattern for them, never both and never neither: the reason and hint, or null. */
export function omitTargetProblem(rule: { lines?: unknown; pattern?: unknown }, index: number): [reason: string, hint: string] | null {
  if ((rule.lines === undefined) !== (rule.pattern === undefined)) return null;
  return [
    `Rule ${index + 1}: an omit rule takes either \`lines\` or \`pattern\`.`,
    'Write `lines: 12` for given lines, or `pattern: ...` for every line that matches.',
  ];
}
