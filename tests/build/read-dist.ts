import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

/** Parses one built page, given its URL path (`/sources/<id>/`). */
export function readPage(path: string): Root {
  const file = join(distDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${file} was not built; run \`npm run build\` first.`);
  return fromHtml(readFileSync(file, 'utf8'));
}
