import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface StaticHost {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** The site's home URL, origin + base path. */
  home: string;
  stop: () => Promise<void>;
}

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const HEADERS_SNIPPET = resolve(import.meta.dirname, '../../../deploy/nginx-security-headers.conf');

/** nginx config that serves `dist` at `base` the way a real static host does. Pure, for testing. */
export function nginxConfig({
  dist,
  base,
  port,
  prefix,
  asRoot = false,
}: {
  dist: string;
  base: string;
  port: number;
  prefix: string;
  asRoot?: boolean;
}): string {
  const location = base === '/' ? `location / {\n      root ${dist};` : `location ${base} {\n      alias ${dist}/;`;
  // Started as root (CI containers), nginx would drop its worker to `nobody`, which cannot read a
  // private temp folder; keep the worker as the user who started it.
  return `daemon off;${asRoot ? '\nuser root;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr error;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    absolute_redirect off;
    ${location}
      try_files $uri $uri/ =404;
      include ${HEADERS_SNIPPET};
    }
  }
}
`;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts Debian's nginx in the foreground on a free local port; `stop()` ends it and cleans up. */
export async function startNginx(dist: string, base: string): Promise<StaticHost> {
  const prefix = mkdtempSync(join(tmpdir(), 'gates-nginx-'));
  const port = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), nginxConfig({ dist: resolve(dist), base, port, prefix, asRoot: process.getuid?.() === 0 }));
  const child: ChildProcess = spawn(NGINX, ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    home: origin + base,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
