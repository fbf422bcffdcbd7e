import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIsoDate, isoDateParts } from './format-date';

describe('formatIsoDate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes day, month name and year', () => {
    expect(formatIsoDate('2015-04-23')).toBe('23 April 2015');
    expect(formatIsoDate('2014-05-01')).toBe('1 May 2014');
  });

  it('writes a partial date only as precisely as it is given', () => {
    expect(formatIsoDate('2004-01')).toBe('January 2004');
    expect(formatIsoDate('2004')).toBe('2004');
    expect(formatIsoDate('2004-12')).toBe('December 2004');
  });

  it('builds each formatter once, however many dates it formats', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 50; i += 1) formatIsoDate(`2016-0${(i % 9) + 1}-1${i % 10}`, 'en-US');
    formatIsoDate('2016-03', 'en-US');
    expect(made).toHaveBeenCalledTimes(2);
  });
});

describe('isoDateParts', () => {
  it('gives one to three numbers, and drops the time of a timestamp', () => {
    expect(isoDateParts('2004')).toEqual([2004]);
    expect(isoDateParts('2004-01')).toEqual([2004, 1]);
    expect(isoDateParts('2004-01-15')).toEqual([2004, 1, 15]);
    expect(isoDateParts('2026-03-04T10:00:00.000Z')).toEqual([2026, 3, 4]);
    expect(() => isoDateParts('January 2004')).toThrow('Not an ISO date');
  });
});
