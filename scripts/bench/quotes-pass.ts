/**
 * `npx tsx scripts/bench/quotes-pass.ts [--runs=5]`: the typographic-quotes step alone, Astro's
 * remark-smartypants against our remark-smart-quotes, on every page of content/pages (parsed once
 * per run with remark-parse + remark-gfm, as Astro does), CPU time in this process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { remarkSmartQuotes } from '../../src/markdown/remark-smart-quotes';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const dir = 'content/pages';
const pages = readdirSync(dir)
  .filter((n) => /\.mdx?$/.test(n))
  .map((n) => readFileSync(join(dir, n), 'utf8'));
const parser = unified().use(remarkParse).use(remarkGfm);

function time(plugin: () => (tree: Root) => void): number[] {
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    const trees = pages.map((p) => parser.runSync(parser.parse(p)) as Root);
    const transform = plugin();
    const start = process.cpuUsage();
    for (const tree of trees) transform(tree);
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const theirs = time(() => (remarkSmartypants as unknown as () => (tree: Root) => void)());
const ours = time(() => remarkSmartQuotes());
console.log(`${pages.length} pages, ${runs} runs, CPU ms per run over all pages`);
console.log(`remark-smartypants: median ${median(theirs).toFixed(1)} ms  [${theirs.map((t) => t.toFixed(0)).join(', ')}]`);
console.log(`remark-smart-quotes: median ${median(ours).toFixed(1)} ms  [${ours.map((t) => t.toFixed(0)).join(', ')}]`);
console.log(`ratio: ${(median(theirs) / median(ours)).toFixed(1)}× less CPU`);
