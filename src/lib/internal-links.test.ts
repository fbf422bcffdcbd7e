import { describe, expect, it } from 'vitest';
import { resolveInternal } from './internal-links';

describe('resolveInternal', () => {
  it('resolves relative, root-relative and same-page links inside the base', () => {
    expect(resolveInternal({ fromRoute: 'a', href: '../b/#x%20y' }, '/')).toEqual({ file: 'b/index.html', candidates: ['b/index.html'], fragment: 'x y' });
    expect(resolveInternal({ fromRoute: '', href: 'b/' }, '/sub/')).toMatchObject({ file: 'b/index.html' });
    expect(resolveInternal({ fromRoute: 'a', href: '#top' }, '/')).toMatchObject({ file: 'a/index.html', fragment: 'top' });
    expect(resolveInternal({ fromRoute: 'a', href: '/citations.json' }, '/')).toMatchObject({ candidates: ['citations.json', 'citations.json/index.html'] });
  });
  it('reports a link that leaves the base', () => {
    expect(resolveInternal({ fromRoute: 'a', href: '/b/' }, '/sub/')).toEqual({ outside: '/b/' });
  });
});
