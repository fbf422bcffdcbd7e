import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/read-archive';
import { buildCopy, copyProject, project } from './project-copy';

const loadSiteTitle = () => /^title:\s*(.+)$/m.exec(readFileSync(join(project, 'content/site.yaml'), 'utf8'))![1]!.trim();

// The generator must hold no knowledge of the first edition: a different corpus dropped into
// content/ (its own site.yaml, topics, sources and pages) builds the same way.
let dir = '';
let result: ReturnType<typeof buildCopy>;
const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  dir = copyProject('other-corpus', { content: 'tests/fixtures/corpus-mini' });
  result = buildCopy(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('another corpus in content/', () => {
  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('has its own title, language, pages and archive, and nothing of the first edition', () => {
    const home = html('');
    expect(home).toContain('<html lang="en-GB"');
    expect(home).toContain('<title>Harbour Notes</title>');
    expect(html('fares')).toContain('Fares · Harbour Notes');
    expect(html('sources/gazette')).toContain('Commuters said the rise was');
    // Nothing of the project's own corpus leaks into the other one's build.
    for (const source of readArchive(join(project, 'content/sources'))) {
      expect(existsSync(join(dir, 'dist/sources', source.id))).toBe(false);
      expect(home).not.toContain(source.title);
    }
    expect(home).not.toContain(loadSiteTitle());
  });

  it('verifies its citations and links them into its own archive', () => {
    const citations = JSON.parse(readFileSync(join(dir, 'dist/citations.json'), 'utf8'));
    const list = Array.isArray(citations) ? citations : citations.citations;
    expect(list.map((c: { sourceId: string; paragraphId: string }) => `${c.sourceId}/${c.paragraphId}`).sort()).toEqual([
      'ferryforum/p1',
      'gazette/p1',
      'gazette/p1',
      'gazette/p1',
      'gazette/p1',
      'gazette/p2',
      'gazette/p2',
      'timetable/p1',
      'timetable/p2',
    ]);
    expect(html('')).toContain('href="/sources/gazette/#p2"');
  });
});
