#!/usr/bin/env node
// A small static host for the browser tests and the benchmark: serves a built site under a base
// path and, like real hosts (nginx, GitHub Pages), redirects `/page` to `/page/` and answers
// unknown paths with 404 (`astro preview` does neither).
// CLI: node tests/support/static-server.mjs [--dir dist] [--port 4321] [--base /]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `root` at `http://127.0.0.1:<port><base>` (port 0: any free port).
 * `cors` adds `Access-Control-Allow-Origin: *` (the benchmark loads a second index from another port).
 * @param {string} root
 * @param {{ base?: string, port?: number, cors?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer(root, { base = '/', port = 0, cors = false } = {}) {
  const dir = resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound(response, dir);
    const relative = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (!file.startsWith(dir)) return notFound(response, dir);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(response, dir);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}${prefix}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/** @param {import('node:http').ServerResponse} response @param {string} dir */
function notFound(response, dir) {
  const page = join(dir, '404.html');
  response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  if (existsSync(page)) createReadStream(page).pipe(response);
  else response.end('Not found');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const served = await startStaticServer(arg('dir', 'dist'), { base: arg('base', '/'), port: Number(arg('port', '4321')) });
  console.log(`Serving ${resolve(arg('dir', 'dist'))} at ${served.url}`);
}
