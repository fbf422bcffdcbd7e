/**
 * Runs every quality gate over an already-built site and fails on any finding.
 *   npx tsx tests/gates/run.ts [--dist dist] [--only links,a11y] [--skip lighthouse]
 * Prints, per gate, its time, its counts and each finding.
 */
import { parseArgs } from 'node:util';
import type { Gate, GateResult } from './lib/gate';
import { siteContext } from './lib/site-context';
import { allGates } from './all-gates';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, only: { type: 'string' }, skip: { type: 'string' } },
});
const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()) : undefined);
const only = list(values.only);
const skip = list(values.skip) ?? [];
const gates: Gate[] = allGates.filter((g) => (!only || only.includes(g.name)) && !skip.includes(g.name));
const unknown = [...(only ?? []), ...skip].filter((n) => !allGates.some((g) => g.name === n));
if (unknown.length) {
  console.error(`Unknown gate(s): ${unknown.join(', ')}. Known: ${allGates.map((g) => g.name).join(', ')}`);
  process.exit(2);
}

const ctx = siteContext(values.dist);
console.log(`Quality gates over ${ctx.dist} (base ${ctx.base}, origin ${ctx.siteOrigin})`);
const started = performance.now();
let failed = 0;
for (const gate of gates) {
  const t0 = performance.now();
  let result: GateResult;
  try {
    result = await gate.run(ctx);
  } catch (error) {
    result = { counts: {}, findings: [`gate crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`] };
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const counts = Object.entries(result.counts)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  const status = result.findings.length ? 'FAIL' : 'ok';
  console.log(`${status.padEnd(4)} ${gate.name.padEnd(11)} ${seconds.padStart(5)} s  ${counts}`);
  for (const note of result.notes ?? []) console.log(`       note: ${note}`);
  for (const finding of result.findings.slice(0, 200)) console.log(`       ✗ ${finding}`);
  if (result.findings.length > 200) console.log(`       … and ${result.findings.length - 200} more`);
  if (result.findings.length) failed++;
}
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(failed ? `${failed} of ${gates.length} gates failed (${total} s)` : `All ${gates.length} gates passed (${total} s)`);
process.exit(failed ? 1 : 0);
