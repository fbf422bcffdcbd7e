// Pure decisions of scripts/safe-build.mjs, kept apart so they can be tested without a build.
import { isAbsolute, join, relative, sep } from 'node:path';

/** Folders of the project that hold what a build is made from; an output folder must stay clear of them. */
export const SOURCE_FOLDERS = ['content', 'src', 'public', 'scripts', 'tests', 'docs', 'deploy', 'node_modules', '.git'];

/**
 * Takes `--outDir x` or `--outDir=x` out of the arguments (Astro would otherwise see a second
 * `--outDir` and write where the user asked, bypassing the staging folder).
 */
export function parseOutDir(argv) {
  const args = [];
  let outDir;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    let value;
    if (arg === '--outDir' || arg === '--out-dir') {
      value = argv[i + 1];
      i += 1;
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a folder name.`);
    } else if (/^--out(Dir|-dir)=/.test(arg)) {
      value = arg.slice(arg.indexOf('=') + 1);
      if (value === '') throw new Error(`${arg} needs a folder name.`);
    } else {
      args.push(arg);
      continue;
    }
    if (outDir !== undefined) throw new Error('--outDir is given twice.');
    outDir = value;
  }
  return { outDir, args };
}

const inside = (parent, child) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/** What every build of this site writes (the home page is optional: a fixture site may have none). */
export const BUILD_MARKS = ['citations.json', 'sources', 'index.html', 'pagefind'];

/**
 * Why a build must not be written to `outDir`, or null. The swap deletes whatever was there, so
 * the folder must not be, contain or lie inside the project root or one of its source folders,
 * and an existing folder must look like an earlier build (it holds one of BUILD_MARKS).
 */
export function outDirProblem(root, outDir, fs) {
  const shown = relative(root, outDir) || '.';
  if (inside(outDir, root)) {
    return {
      reason: `--outDir ${shown} is or contains the project folder; replacing it would delete the project.`,
      hint: 'Build into a folder of its own, such as dist or dist2.',
    };
  }
  for (const name of SOURCE_FOLDERS) {
    const folder = join(root, name);
    if (inside(folder, outDir) || inside(outDir, folder)) {
      return {
        reason: `--outDir ${shown} is, contains or lies inside the source folder ${name}/; replacing it would delete ${name}/.`,
        hint: 'Build into a folder of its own, such as dist or dist2.',
      };
    }
  }
  if (fs.exists(outDir)) {
    if (!fs.isDirectory(outDir))
      return { reason: `--outDir ${shown} is a file, not a folder.`, hint: 'Choose a folder name that is free, or an earlier build.' };
    const entries = fs.list(outDir);
    if (entries.length > 0 && !BUILD_MARKS.some((name) => entries.includes(name))) {
      return {
        reason: `--outDir ${shown} holds files that are not a build of this site (none of ${BUILD_MARKS.join(', ')}); replacing it would delete them.`,
        hint: 'Choose a new folder name, or an earlier build of this site.',
      };
    }
  }
  return null;
}

/** Staging and retired folders next to the output whose build process is no longer running. */
export function staleStagingFolders(outName, siblings, isAlive) {
  const pattern = new RegExp(`^${outName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|retired)-(\\d+)-\\d+$`);
  return siblings.filter((name) => {
    const match = pattern.exec(name);
    return match !== null && !isAlive(Number(match[2]));
  });
}
