import { describe, expect, it } from 'vitest';
import { publicSite } from './site-address';

describe('publicSite', () => {
  it('keeps a configured address', () => {
    expect(publicSite(new URL('https://example.org/sub/'))?.origin).toBe('https://example.org');
  });

  it('drops the placeholder and a missing address', () => {
    expect(publicSite(new URL('https://sourcebook.invalid'))).toBeUndefined();
    expect(publicSite(undefined)).toBeUndefined();
  });
});
