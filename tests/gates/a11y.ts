import type { Gate } from './lib/gate';
import { browserPass, WCAG_TAGS } from './lib/browser-pass';

/** axe-core on every page in light and dark, and on every open state in interactions.ts. */
export const a11yGate: Gate = {
  name: 'a11y',
  run: async (ctx) => {
    const pass = await browserPass(ctx);
    const opened = Object.entries(pass.interactionsOpened).map(([name, n]) => `${name}: ${n}`);
    return {
      counts: { 'pages checked': pass.pages, 'states checked (light+dark)': pass.statesChecked, violations: pass.axe.length },
      findings: pass.axe.map(
        (v) =>
          `${v.page} [${v.scheme}, ${v.state}] ${v.rule} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(' | ')}${v.targets.length > 3 ? ` (+${v.targets.length - 3})` : ''}`,
      ),
      notes: [
        `axe tags: ${WCAG_TAGS.join(' ')}`,
        opened.length ? `opened states: ${opened.join(', ')}` : 'opened states: none on these pages (no trigger from tests/gates/interactions.ts found)',
      ],
    };
  },
};
