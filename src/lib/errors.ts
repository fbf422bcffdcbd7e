/**
 * One error type for everything an author can get wrong, so that every build failure reads the
 * same way: `file:line:col  reason` and, on the next line, what to do about it.
 */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
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
