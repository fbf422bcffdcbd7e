/**
 * One error type for everything an author can get wrong, so that every build failure reads the
 * same way: `file:line:col  reason` and, on the next line, what to do about it.
 */
export interface SourcePosition {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

export class SourcebookError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  readonly hint: string | undefined;

  constructor(position: SourcePosition, reason: string, hint?: string) {
    super(formatMessage(position, reason, hint));
    this.name = 'SourcebookError';
    this.file = position.file;
    this.line = position.line;
    this.column = position.column;
    this.reason = reason;
    this.hint = hint;
    // An author needs the place in their file, not ours: no code frames, and a plain message
    // when a logger prints the whole object (Astro's content layer does).
    this.stack = `${this.name}: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.stack ?? this.message;
  }
}

/**
 * Every authoring error a build found, as one error to throw to Astro: sorted by file and line,
 * each printed once, with a count. It has no `hint` and no stack of its own, so Astro's printer
 * adds neither a second "Hint:" nor an empty "Stack trace:" under the list.
 */
export class SourcebookErrors extends Error {
  /** The errors, sorted and without repeats. (Not `errors`: Astro would unpack that as an AggregateError.) */
  readonly list: SourcebookError[];

  constructor(errors: readonly SourcebookError[], what = 'error') {
    const list = sortErrors(errors);
    super(formatErrorList(list, what));
    this.name = 'SourcebookError';
    this.list = list;
    this.stack = '';
  }

  // Astro guesses a "Browser APIs are not available" hint when an error's text mentions
  // `document` or `window`, which quoted words may well do.
  override toString(): string {
    return `${this.name}: ${countOf(this.list.length, 'error')}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `${this.name}: ${this.message}`;
  }
}

/** `file:line:col`, or less where the position is not known. */
export function formatLocation({ file, line, column }: SourcePosition): string {
  if (line === undefined) return file;
  return `${file}:${line}:${column ?? 1}`;
}

/** How every authoring error prints: `file:line:col  reason`, then `  hint: …` on its own line. */
export function formatMessage(position: SourcePosition, reason: string, hint?: string): string {
  const head = `${formatLocation(position)}  ${reason}`;
  return hint ? `${head}\n  hint: ${hint}` : head;
}

/** Sorted by file, then line and column (an error without a line first in its file); each message once. */
export function sortErrors(errors: readonly SourcebookError[]): SourcebookError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => !seen.has(e.message) && Boolean(seen.add(e.message)));
  return unique.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** "3 errors:" and each error, a blank line between them, in the order given. */
export function formatErrorList(errors: readonly SourcebookError[], what = 'error'): string {
  return `${countOf(errors.length, what)}:\n\n${errors.map((e) => e.message).join('\n\n')}`;
}

/** "1 error", "3 errors", "2 errors in the pages": the plural goes on the first word. */
const countOf = (n: number, what: string) => `${n} ${n === 1 ? what : what.replace(/^(\S+)/, '$1s')}`;

/** An authoring error, or a list of them, by name: such errors may cross module graphs, where `instanceof` fails. */
export function authoringErrorsOf(error: unknown): SourcebookError[] | undefined {
  if (!(error instanceof Error) || error.name !== 'SourcebookError') return undefined;
  const list = (error as Partial<SourcebookErrors>).list;
  return Array.isArray(list) ? list : [error as SourcebookError];
}

/** Wraps one step of a loop: its authoring errors go into `errors` and the loop goes on; other errors are thrown. */
export function collectErrors<A extends unknown[]>(errors: SourcebookError[], step: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      step(...args);
    } catch (error) {
      const found = authoringErrorsOf(error);
      if (!found) throw error;
      errors.push(...found);
    }
  };
}

/** Throws what a check found: nothing, the one error, or all of them as one. */
export function throwErrors(errors: readonly SourcebookError[], what = 'error'): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new SourcebookErrors(errors, what);
}
