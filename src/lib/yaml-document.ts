import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { SourcebookError, type SourcePosition } from './errors';

export interface LocatedYaml {
  data: unknown;
  /** Where the value at `path` is written, falling back to the nearest parent that exists. */
  locate: (path: ReadonlyArray<PropertyKey>) => SourcePosition;
}

/**
 * Parses YAML keeping positions, so schema errors can point at `file:line:col`. `firstLine` is the
 * line of the file on which the YAML starts (frontmatter starts on line 2).
 */
export function parseLocatedYaml(text: string, file: string, firstLine = 1): LocatedYaml {
  const shift = firstLine - 1;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) {
    const at = lineCounter.linePos(first.pos[0]);
    throw new SourcebookError(
      { file, line: at.line + shift, column: at.col },
      `Malformed YAML: ${first.message.split('\n')[0]}`,
      'Check indentation and quoting; a value containing ": " or starting with a quote mark must be quoted.',
    );
  }
  const locate = (path: ReadonlyArray<PropertyKey>): SourcePosition => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { file, line: line + shift, column: col };
      }
    }
    return { file, line: firstLine, column: 1 };
  };
  return { data: doc.toJS(), locate };
}
