import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { SourcePosition } from '../lib/errors';
import { positionsIn } from '../lib/text-position';

/**
 * Maps offsets in the Markdown a plugin was given to `file:line:col` in the file on disk. Astro
 * passes the body without its frontmatter, so offsets are shifted to where the body starts.
 */
export function locator(file: VFile): Locate {
  // Every plugin asks for one, for the same file: the file is read once per page, not once per plugin.
  const known = made.get(file);
  if (known && known.value === file.value) return known.locate;
  const locate = makeLocator(file);
  made.set(file, { value: file.value, locate });
  return locate;
}

type Locate = (offset: number | undefined, node: Node) => SourcePosition;
const made = new WeakMap<VFile, { value: VFile['value']; locate: Locate }>();

function makeLocator(file: VFile): Locate {
  const cwd = process.cwd();
  const value = String(file.value ?? '');
  let text = value;
  let shift = 0;
  if (file.path) {
    try {
      const onDisk = readFileSync(file.path, 'utf8');
      // Astro passes the body without frontmatter (and trimmed, for collections), which ends the file.
      const at = onDisk === value ? 0 : onDisk.lastIndexOf(value);
      if (at >= 0) [text, shift] = [onDisk, at];
    } catch {
      // Not on disk (a test or a virtual file): positions stay relative to the Markdown given.
    }
  }
  const display = file.path ? relative(cwd, file.path) || file.path : '(Markdown without a file name)';
  const positionAt = positionsIn(text);
  return (offset: number | undefined, node: Node): SourcePosition => {
    if (offset !== undefined) return { file: display, ...positionAt(offset + shift) };
    const start = node.position?.start;
    return start ? { file: display, line: start.line, column: start.column } : { file: display };
  };
}
