import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gate, GateResult } from './lib/gate';
import { runCommand } from './lib/run-command';
import { isHtml, listFiles } from './lib/site-files';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/**
 * Valid HTML on every page: the W3C Nu checker (the reference validator, errors only), then
 * html-validate's recommended rules, which also catch inline styles the strict CSP would block,
 * missing button types, unlabeled controls and similar.
 */
export const htmlGate: Gate = {
  name: 'html',
  run: async ({ dist }): Promise<GateResult> => {
    const pages = listFiles(dist).filter(isHtml).length;
    const findings = [...(await nuChecker(dist)), ...(await htmlValidate(dist))];
    return { counts: { 'pages checked': pages, validators: 2, errors: findings.length }, findings };
  },
};

async function nuChecker(dist: string): Promise<string[]> {
  const jar = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  const { code, stderr, stdout } = await runCommand('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dist]);
  const text = stderr.trim() || stdout.trim();
  if (!text) return code === 0 ? [] : [`vnu exited with ${code} and no output`];
  const report = JSON.parse(text) as { messages: { type: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }[] };
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  if (code !== 0 && errors.length === 0) return [`vnu exited with ${code}: ${text.slice(0, 500)}`];
  return errors.map((m) => {
    const file = m.url ? relative(dist, fileURLToPath(m.url)) : '?';
    return `vnu ${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}`;
  });
}

async function htmlValidate(dist: string): Promise<string[]> {
  const bin = join(dirname(require.resolve('html-validate/package.json')), 'bin/html-validate.mjs');
  const { code, stdout, stderr } = await runCommand(process.execPath, [bin, '--config', join(here, 'html-validate.config.json'), '--formatter', 'json', dist]);
  if (code === 0) return [];
  let results: { filePath: string; messages: { line: number; column: number; message: string; ruleId: string }[] }[];
  try {
    results = JSON.parse(stdout);
  } catch {
    return [`html-validate exited with ${code}: ${(stderr || stdout).slice(0, 500)}`];
  }
  const out = results.flatMap((r) => r.messages.map((m) => `html-validate ${relative(dist, r.filePath)}:${m.line}:${m.column} ${m.message} (${m.ruleId})`));
  return out.length ? out : [`html-validate exited with ${code}`];
}
