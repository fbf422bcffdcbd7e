// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { offlineServiceWorker } from './src/integrations/offline-service-worker.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

// SITE_BASE lets the same build be deployed under a sub-path (e.g. /<repo>/); URLs are made by
// src/lib/urls.ts, which reads Astro's `base`, never by string concatenation in pages.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sourcebook.invalid',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Order matters: the service worker lists the files the Pagefind step wrote.
  integrations: [mdx(), pagefindIndex(), offlineServiceWorker()],
  markdown: {
    processor: unified({}),
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "worker-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind compiles its WebAssembly search in a worker: it needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
