#!/usr/bin/env node
// Starts a new site from this generator and an empty corpus: `npm run new-site -- <dir>`.
// Copies the generator (every tracked file outside content/, tests/ and .ci/), writes a corpus
// with one uncited home page, no sources and its own content/site.yaml, and names the package
// after the folder. The new site builds as it is; add sources and pages as docs/authoring.md says.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const [target, ...rest] = process.argv.slice(2);
if (!target || rest.length > 0) {
  console.error('Usage: npm run new-site -- <dir>   (an empty or new folder)');
  process.exit(2);
}
const generator = resolve(import.meta.dirname, '..');
const to = resolve(process.env.INIT_CWD ?? process.cwd(), target);
if (existsSync(to) && readdirSync(to).length > 0) {
  console.error(`${to} is not empty: give a new or empty folder.`);
  process.exit(1);
}

// The corpus and what is tied to it stay behind: the first edition's content, the generator's
// own test suite (it checks the first edition and its fixtures), and this repository's CI.
const CORPUS_OR_OWN = /^(content|tests|\.ci)\//;
const files = execFileSync('git', ['ls-files', '-z'], { cwd: generator, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && !CORPUS_OR_OWN.test(file) && existsSync(join(generator, file)));
for (const file of files) {
  mkdirSync(dirname(join(to, file)), { recursive: true });
  cpSync(join(generator, file), join(to, file));
}

const name =
  basename(to)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'site';
const pkg = JSON.parse(readFileSync(join(to, 'package.json'), 'utf8'));
pkg.name = name;
pkg.version = '0.1.0';
// `npm test` runs the generator's suite, which stayed behind; a site checks itself by building.
pkg.scripts.test = 'npm run check && npm run build';
delete pkg.scripts['new-site'];
writeFileSync(join(to, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

const today = new Date().toISOString().slice(0, 10);
const corpus = {
  'content/site.yaml': `# Site-wide settings for this corpus (fields: src/schemas/site-config.ts).
title: ${name}
tagline: Explained from archived sources, every sentence footnoted
lang: en
# Pages name one of these in their \`topic\`; search offers them as a filter.
topics:
  - { id: general, label: General }
`,
  'content/pages/index.md': `---
title: ${name}
description: The home page of a new Sourcebook site, waiting for its first archived sources and pages.
topic: general
kind: overview
updated: ${today}
nav: 1
navLabel: Home
---

[!editorial] This site has no sources yet. Add a text and its metadata to \`content/sources/\`, then cite its
paragraphs from the pages in \`content/pages/\` (see docs/authoring.md).
`,
  'content/sources/.gitkeep': '',
};
for (const [file, text] of Object.entries(corpus)) {
  mkdirSync(dirname(join(to, file)), { recursive: true });
  writeFileSync(join(to, file), text);
}

console.log(`New site in ${to} (${files.length} generator files, an empty corpus).
Next: cd ${target} && git init && npm ci && npm run build`);
