import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLineRange } from '../../src/lib/line-range';
import { readArchive } from '../../src/lib/read-archive';

const dir = resolve('content/sources');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function checksumList(file: string): Array<[string, string]> {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/) as [string, string]);
}

describe('the archived seeds', () => {
  it('match the checksum list committed with the project', () => {
    const list = checksumList(join(dir, 'SHA256SUMS'));
    expect(list.length).toBeGreaterThan(0);
    for (const [sum, name] of list) expect(sha256(join(dir, name)), name).toBe(sum);
  });

  it.runIf(existsSync(resolve('../shared/seeds/SHA256SUMS')))('match the shared seeds byte for byte', () => {
    for (const [sum, name] of checksumList(resolve('../shared/seeds/SHA256SUMS'))) expect(sha256(join(dir, name)), name).toBe(sum);
  });

  it('account for every non-blank line exactly once', () => {
    for (const source of readArchive(dir)) {
      const lines = readFileSync(join(dir, source.file), 'utf8').split(/\r?\n/);
      const uses = new Map<number, number>();
      const use = (from: number, to: number) => {
        for (let n = from; n <= to; n++) if (lines[n - 1]?.trim()) uses.set(n, (uses.get(n) ?? 0) + 1);
      };
      for (const p of source.paragraphs) use(p.line, p.endLine);
      for (const c of source.comments) use(c.line, c.endLine);
      // Glued captions share their line with a paragraph; everything else omitted stands alone.
      const captionLines = new Set(source.curation.filter((r) => r.rule === 'caption').map((r) => Number(r.lines)));
      for (const o of source.omitted) if (!captionLines.has(o.from)) use(o.from, o.to);
      for (const rule of source.curation) {
        if (rule.rule === 'title' || rule.rule === 'dateline') {
          const range = parseLineRange(rule.lines)!;
          use(range.from, range.to);
        }
      }
      lines.forEach((line, i) => {
        if (line.trim()) expect(uses.get(i + 1), `${source.file}:${i + 1} ${line.slice(0, 40)}`).toBe(1);
      });
    }
  });

  it('give every paragraph a unique, stable id in order', () => {
    for (const source of readArchive(dir)) {
      expect(source.paragraphs.map((p) => p.id)).toEqual(source.paragraphs.map((_, i) => `p${i + 1}`));
      expect(source.comments.map((c) => c.id)).toEqual(source.comments.map((_, i) => `c${i + 1}`));
    }
  });
});
