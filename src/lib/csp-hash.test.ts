import { describe, expect, it } from 'vitest';
import { cspHash } from './csp-hash';

describe('cspHash', () => {
  it('is the SHA-256 CSP source of the exact text', () => {
    // Known digest of the empty string.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('a ')).not.toBe(cspHash('a'));
  });
});
