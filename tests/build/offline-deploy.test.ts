import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITION_ZIP } from '../../src/lib/offline/edition-files';
import { nginxConfig } from '../gates/lib/nginx';
import { buildEnv, runCommand } from '../gates/lib/run-command';
import { copyProject, project } from './project-copy';
import { distDir } from './read-dist';

/**
 * The same content deployed at a domain's root (dist/, served with the shipped
 * deploy/nginx-site.conf) and under /sub/ (a copy built with SITE_BASE=/sub/): both address
 * styles, the 404 page, the headers, and an offline edition whose every link resolves inside it.
 */
const NGINX = process.env['NGINX_BIN'] ?? '/usr/sbin/nginx';
let subDir = '';
const running: Array<{ child: ChildProcess; prefix: string }> = [];

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => done(port));
      });
  });
}

async function nginx(config: (port: number, prefix: string) => string): Promise<string> {
  const prefix = mkdtempSync(join(tmpdir(), 'offline-deploy-nginx-'));
  const port = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), config(port, prefix));
  const child = spawn(NGINX, ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  running.push({ child, prefix });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(origin);
      return origin;
    } catch {
      if (i > 100 || child.exitCode !== null) throw new Error(`nginx did not start on ${origin}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** deploy/nginx-site.conf as shipped, with only its placeholders (port, root, include path) filled in. */
function shippedServerBlock(dist: string, port: number, prefix: string): string {
  const block = readFileSync(join(project, 'deploy/nginx-site.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/sourcebook;', `root ${dist};`)
    .replaceAll('/etc/nginx/snippets/nginx-security-headers.conf', join(project, 'deploy/nginx-security-headers.conf'));
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `daemon off;\n${user}worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log stderr error;\nevents { worker_connections 64; }\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path ${prefix}/body;\n  proxy_temp_path ${prefix}/proxy;\n  fastcgi_temp_path ${prefix}/fastcgi;\n  uwsgi_temp_path ${prefix}/uwsgi;\n  scgi_temp_path ${prefix}/scgi;\n${block}\n}\n`;
}

/** A built page other than the home page, from the build's own list of what "Save the whole site" stores. */
function somePage(dist: string, base: string): string {
  const { files } = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as { files: Array<[string, number]> };
  const page = files.map(([u]) => u).find((u) => u.endsWith('/') && u !== base && !u.includes('/sources/'));
  expect(page).toBeDefined();
  return page!;
}

beforeAll(async () => {
  expect(existsSync(join(distDir, 'index.html')), 'run `npm run build` first').toBe(true);
  subDir = copyProject('offline-sub');
  const r = await runCommand('npm', ['run', 'build'], { cwd: subDir, env: buildEnv({ SITE_BASE: '/sub/', ASTRO_TELEMETRY_DISABLED: '1' }) });
  expect(r.code, r.stdout + r.stderr).toBe(0);
});
afterAll(async () => {
  for (const { child, prefix } of running) {
    child.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
  }
  if (subDir) rmSync(subDir, { recursive: true, force: true });
});

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe('at a domain root, with deploy/nginx-site.conf', () => {
  it('serves /page/, redirects /page, answers unknown paths with the 404 page, and sends the headers', async () => {
    const origin = await nginx((port, prefix) => shippedServerBlock(resolve(distDir), port, prefix));
    const page = somePage(distDir, '/');
    const ok = await get(origin + page);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(ok.headers.get('cache-control')).toBe('no-cache');
    const bare = await get(origin + page.slice(0, -1));
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(page);
    const missing = await get(`${origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
    const css = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
    const asset = await get(`${origin}/_astro/${css}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get(`${origin}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('under SITE_BASE=/sub/', () => {
  it('serves /sub/page/ and redirects /sub/page, and links the offline edition', async () => {
    const dist = join(subDir, 'dist');
    const origin = await nginx((port, prefix) => nginxConfig({ dist, base: '/sub/', port, prefix, asRoot: process.getuid?.() === 0 }));
    const page = somePage(dist, '/sub/');
    expect(page.startsWith('/sub/')).toBe(true);
    expect((await get(origin + page)).status).toBe(200);
    const bare = await get(origin + page.slice(0, -1));
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(page);
    const html = await (await get(origin + page)).text();
    expect(html).toMatch(/href="\/sub\/offline-edition\.zip" download[^>]*>Download for offline reading<\/a><span data-edition-size> \(zip, [\d.]+ (KB|MB)\)/);
    expect((await get(`${origin}/sub/${EDITION_ZIP}`)).status).toBe(200);
  });
});

/** Unpacks an edition and checks that every link and resource in every page is a file inside it. */
function checkEdition(dist: string) {
  const entries = Object.entries(unzipSync(readFileSync(join(dist, EDITION_ZIP))));
  const folders = new Set(entries.map(([name]) => name.split('/')[0]));
  expect(folders.size).toBe(1);
  const files = new Map(entries.map(([name, bytes]) => [name.slice(name.indexOf('/') + 1), bytes]));
  expect([...files.keys()].filter((f) => /^(pagefind\/|sw\.js$)|\.zip$/.test(f))).toEqual([]);
  const ids = new Map<string, Set<string>>();
  const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
  const trees = new Map(pages.map((f) => [f, fromHtml(new TextDecoder().decode(files.get(f)))]));
  for (const [f, tree] of trees) ids.set(f, new Set(selectAll('[id]', tree).map((e) => String(e.properties['id']))));
  const problems: string[] = [];
  let checked = 0;
  for (const [file, tree] of trees) {
    if (selectAll('script[type="module"]', tree).length > 0) problems.push(`${file}: a module script (blocked on file://)`);
    for (const el of selectAll('[href], [src], [action]', tree) as Element[]) {
      const value = String(el.properties['href'] ?? el.properties['src'] ?? el.properties['action']);
      if (el.tagName === 'link' && String(el.properties['rel']) === 'canonical') continue;
      if (value.startsWith('data:')) continue;
      if (/^(https?:|mailto:)/.test(value)) {
        if (el.tagName !== 'a') problems.push(`${file}: <${el.tagName}> loads ${value.slice(0, 60)} from outside the edition`);
        continue;
      }
      if (value.startsWith('/')) problems.push(`${file}: ${value} is absolute (the disk's root on file://)`);
      const [path = '', hash] = value.split('#');
      const target = path.split('?')[0] === '' ? file : posix.normalize(posix.join(dirname(file), path.split('?')[0]!));
      checked++;
      if (!files.has(target)) problems.push(`${file}: ${value} → ${target} is not in the edition`);
      else if (hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(hash)))
        problems.push(`${file}: ${value} → no #${hash} in ${target}`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 5);
  return files;
}

describe('the offline edition', () => {
  it('built at the root: every link and resource resolves inside the zip', () => {
    const files = checkEdition(distDir);
    expect(files.has('index.html') && files.has('404.html') && files.has('offline/search-index.js')).toBe(true);
  });

  it('built under /sub/: the base is gone from every link', () => {
    checkEdition(join(subDir, 'dist'));
  });
});
