import { describe, expect, it } from 'vitest';
import { outDirProblem, parseOutDir, staleStagingFolders } from './safe-build-rules.mjs';

const root = '/p';
const fs = (tree: Record<string, string[] | 'file'>) => ({
  exists: (p: string) => p in tree,
  isDirectory: (p: string) => tree[p] !== 'file',
  list: (p: string) => tree[p] as string[],
});

describe('parseOutDir', () => {
  it('takes both spellings out of the arguments and keeps the rest', () => {
    expect(parseOutDir(['--outDir', 'dist2', '--verbose'])).toEqual({ outDir: 'dist2', args: ['--verbose'] });
    expect(parseOutDir(['--outDir=dist2'])).toEqual({ outDir: 'dist2', args: [] });
    expect(parseOutDir([])).toEqual({ outDir: undefined, args: [] });
  });
  it('rejects a missing value and a second --outDir', () => {
    expect(() => parseOutDir(['--outDir'])).toThrow(/needs a folder/);
    expect(() => parseOutDir(['--outDir='])).toThrow(/needs a folder/);
    expect(() => parseOutDir(['--outDir', 'a', '--outDir=b'])).toThrow(/twice/);
  });
});

describe('outDirProblem', () => {
  it('allows a new folder or an earlier build', () => {
    expect(outDirProblem(root, '/p/dist', fs({}))).toBeNull();
    expect(outDirProblem(root, '/p/dist2', fs({ '/p/dist2': ['index.html', 'x'] }))).toBeNull();
    expect(outDirProblem(root, '/tmp/out', fs({ '/tmp/out': [] }))).toBeNull();
    expect(outDirProblem(root, '/p/dist', fs({ '/p/dist': ['citations.json', 'sources'] }))).toBeNull();
  });
  it('refuses the project, its parents, source folders and what is inside them', () => {
    expect(outDirProblem(root, '/p', fs({}))?.reason).toMatch(/project folder/);
    expect(outDirProblem(root, '/', fs({}))?.reason).toMatch(/project folder/);
    expect(outDirProblem(root, '/p/content', fs({}))?.reason).toMatch(/source folder content\//);
    expect(outDirProblem(root, '/p/content/pages', fs({}))?.reason).toMatch(/source folder content\//);
    expect(outDirProblem(root, '/p/src', fs({}))?.reason).toMatch(/source folder src\//);
    expect(outDirProblem(root, '/p/contents', fs({}))).toBeNull();
  });
  it('refuses a file and a folder that is not a build', () => {
    expect(outDirProblem(root, '/p/README.md', fs({ '/p/README.md': 'file' }))?.reason).toMatch(/is a file/);
    expect(outDirProblem(root, '/home/me', fs({ '/home/me': ['notes.txt'] }))?.reason).toMatch(/not a build/);
  });
});

describe('staleStagingFolders', () => {
  it('lists staging and retired folders of dead builds only', () => {
    const alive = (pid: number) => pid === 7;
    expect(
      staleStagingFolders('dist', ['dist', 'dist.building-5-1', 'dist.retired-5-2', 'dist.building-7-3', 'dist2.building-5-1', 'distx.building-5-1'], alive),
    ).toEqual(['dist.building-5-1', 'dist.retired-5-2']);
  });
});
