import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './closest';

describe('closest', () => {
  it('picks the nearest candidate, or nothing from nothing', () => {
    expect(closest('/abuot/', ['/', '/about/', '/sources/'])).toBe('/about/');
    expect(closest('x', [])).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
