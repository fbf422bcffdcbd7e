/** Header name → value from a Netlify/Cloudflare `_headers` file (rules under `/*` only). */
export function parseHeadersFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let inAll = false;
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line) || !line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && m) out.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  }
  return out;
}

/** Header name → value from nginx `add_header Name "value" always;` lines. */
export function parseNginxHeaders(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"(?:\s+always)?\s*;/gm)) out.set(m[1]!.toLowerCase(), m[2]!);
  return out;
}
