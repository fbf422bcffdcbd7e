// The site's Content Security Policy, beyond the script/style hashes Astro adds per page.
// Plain .mjs so astro.config.mjs and the gates read the same list.
// Everything is same-origin; Pagefind needs WebAssembly ('wasm-unsafe-eval'), a worker
// and a data: image in its default UI CSS. Nothing else is allowed.

/** @type {import('astro').CspDirective[]} */
export const cspDirectives = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** `script-src` sources; Astro appends the hashes of its own scripts. */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"];
