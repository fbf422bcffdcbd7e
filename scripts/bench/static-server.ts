import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:4399/sub/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * The benchmark's in-process static host (the e2e tests use tests/support/static-server.mjs): serves a built site like a plain host (plus CORS, so the benchmark can load a second index): files under `base`, `a/` answered by
 * `a/index.html`, `a` redirected to `a/` (which `astro preview` does not do), and 404 otherwise.
 */
export async function startStaticServer(root: string, base = '/', port = 0): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    if (!pathname.startsWith(base)) return void response.writeHead(404).end('not under base');
    const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) return void response.writeHead(301, { location: `${pathname}/` }).end();
        file = join(file, 'index.html');
        info = await stat(file);
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size, 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', base = '/', port = '4321'] = process.argv.slice(2);
  const served = await startStaticServer(root, base, Number(port));
  console.log(`serving ${root} at ${served.url}`);
}
