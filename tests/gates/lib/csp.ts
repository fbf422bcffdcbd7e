/** Parses a CSP string into directive → sources (lower-cased names, order kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:', 'blob:'];

/**
 * What is wrong with a page's CSP, judged against the site's policy: every configured directive
 * present as configured; scripts and styles limited to 'self', hashes and the configured extras;
 * nothing that re-opens inline code or other origins (data: only where configured, for images).
 */
export function cspProblems(policy: string, expected: { directives: string[]; scriptResources: string[] }): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  for (const line of expected.directives) {
    const [name, ...sources] = line.trim().split(/\s+/);
    const actual = csp.get(name!.toLowerCase());
    if (!actual) problems.push(`missing ${name}`);
    else if (actual.join(' ') !== sources.join(' ')) problems.push(`${name} is "${actual.join(' ')}", expected "${sources.join(' ')}"`);
  }
  for (const name of ['script-src', 'style-src']) {
    const sources = csp.get(name);
    if (!sources) {
      problems.push(`missing ${name}`);
      continue;
    }
    const allowedExtras = name === 'script-src' ? expected.scriptResources : ["'self'"];
    for (const source of sources) {
      if (/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) || allowedExtras.includes(source)) continue;
      problems.push(`${name} allows ${source}`);
    }
  }
  for (const [name, sources] of csp) {
    for (const source of sources) {
      if (!FORBIDDEN.includes(source.toLowerCase())) continue;
      const configured = expected.directives.some((d) => d.split(/\s+/)[0] === name && d.split(/\s+/).includes(source));
      if (!configured) problems.push(`${name} allows ${source}`);
    }
  }
  return [...new Set(problems)];
}
