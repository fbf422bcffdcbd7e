import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-date';

describe('formatIsoDate', () => {
  it('writes day, month name and year', () => {
    expect(formatIsoDate('2015-04-23')).toBe('23 April 2015');
    expect(formatIsoDate('2014-05-01')).toBe('1 May 2014');
  });
});
