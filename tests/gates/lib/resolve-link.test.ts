import { describe, expect, it } from 'vitest';
import { isNonFetchedScheme, resolvePath, srcsetUrls } from './resolve-link';

const files = new Set(['index.html', 'sources/index.html', 'sources/gazette/index.html', 'favicon.svg', 'a b/index.html']);

describe('resolvePath', () => {
  it('answers folders with their index.html, as nginx does', () => {
    expect(resolvePath('/', '/', files)).toEqual({ ok: true, file: 'index.html' });
    expect(resolvePath('/sources/gazette/', '/', files)).toEqual({ ok: true, file: 'sources/gazette/index.html' });
    expect(resolvePath('/sources/gazette', '/', files)).toEqual({ ok: true, file: 'sources/gazette/index.html' });
    expect(resolvePath('/favicon.svg', '/', files)).toEqual({ ok: true, file: 'favicon.svg' });
  });
  it('honours the base path', () => {
    expect(resolvePath('/sub/sources/', '/sub/', files)).toEqual({ ok: true, file: 'sources/index.html' });
    expect(resolvePath('/sub', '/sub/', files)).toEqual({ ok: true, file: 'index.html' });
    expect(resolvePath('/sources/', '/sub/', files)).toMatchObject({ ok: false, reason: 'outside the base path /sub/' });
  });
  it('decodes percent-encoding and reports what is missing', () => {
    expect(resolvePath('/a%20b/', '/', files)).toEqual({ ok: true, file: 'a b/index.html' });
    expect(resolvePath('/nope/', '/', files)).toMatchObject({ ok: false, reason: 'no nope/index.html in the build' });
    expect(resolvePath('/x.css', '/', files)).toMatchObject({ ok: false, reason: 'no file x.css in the build' });
    expect(resolvePath('/%E0%A4%A', '/', files)).toMatchObject({ ok: false, reason: 'badly percent-encoded path' });
  });
});

describe('srcsetUrls', () => {
  it('splits candidates with and without spaces after commas', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png 480w,b.png 800w')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('only.png')).toEqual(['only.png']);
  });
});

describe('isNonFetchedScheme', () => {
  it('skips mailto/tel/data but not http or relative URLs', () => {
    expect(isNonFetchedScheme('mailto:a@b.c')).toBe(true);
    expect(isNonFetchedScheme('data:image/png;base64,xx')).toBe(true);
    expect(isNonFetchedScheme('https://x.org/')).toBe(false);
    expect(isNonFetchedScheme('../a/')).toBe(false);
  });
});
