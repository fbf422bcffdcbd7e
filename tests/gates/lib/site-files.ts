import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const isHtml = (file: string) => file.endsWith('.html');

/** The URL path a built file is served at: `sources/x/index.html` → `/base/sources/x/`. */
export function urlPathOf(file: string, base: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return base + path;
}
