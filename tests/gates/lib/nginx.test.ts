import { describe, expect, it } from 'vitest';
import { nginxConfig } from './nginx';

describe('nginxConfig', () => {
  it('serves a sub-path with alias, relative redirects and the security headers', () => {
    const conf = nginxConfig({ dist: '/d', base: '/sub/', port: 1234, prefix: '/p' });
    expect(conf).toContain('listen 127.0.0.1:1234;');
    expect(conf).toContain('location /sub/ {\n      alias /d/;');
    expect(conf).toContain('absolute_redirect off;');
    expect(conf).toContain('try_files $uri $uri/ =404;');
    expect(conf).toMatch(/include .*deploy\/nginx-security-headers\.conf;/);
  });
  it('uses root at /', () => {
    expect(nginxConfig({ dist: '/d', base: '/', port: 1, prefix: '/p' })).toContain('location / {\n      root /d;');
  });
});
