import { describe, expect, it } from 'vitest';
import { cspProblems, parseCsp } from './csp';

const expected = { directives: ["default-src 'none'", "img-src 'self' data:"], scriptResources: ["'self'", "'wasm-unsafe-eval'"] };
const good = "default-src 'none';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def=';";

describe('parseCsp', () => {
  it('maps directives to their sources', () => {
    expect(parseCsp(good).get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('cspProblems', () => {
  it('accepts the configured policy plus hashes', () => {
    expect(cspProblems(good, expected)).toEqual([]);
  });
  it("rejects 'unsafe-inline', other origins and missing directives", () => {
    expect(cspProblems("img-src 'self' data:; script-src 'self' 'unsafe-inline'; style-src 'self' https://cdn.example", expected)).toEqual([
      'missing default-src',
      "script-src allows 'unsafe-inline'",
      'style-src allows https://cdn.example',
    ]);
  });
  it('rejects a configured directive that was changed', () => {
    expect(cspProblems(good.replace("img-src 'self' data:", 'img-src *'), expected)).toContain(`img-src is "*", expected "'self' data:"`);
  });
});
