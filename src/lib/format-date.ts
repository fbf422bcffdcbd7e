/** `2004`, `2004-01` or `2004-01-15`: a date as precisely as a text states it. */
export type IsoDateParts = [year: number] | [year: number, month: number] | [year: number, month: number, day: number];

/** The numbers of a partial ISO date: `2004-01` → [2004, 1]; a timestamp's time of day is dropped. */
export function isoDateParts(iso: string): IsoDateParts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}".`);
  const [, year, month, day] = match;
  if (month === undefined) return [Number(year)];
  return day === undefined ? [Number(year), Number(month)] : [Number(year), Number(month), Number(day)];
}

const PRECISION = [
  { year: 'numeric' },
  { month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'long', year: 'numeric' },
] as const satisfies Intl.DateTimeFormatOptions[];

// Building an Intl.DateTimeFormat costs far more than using one, and every note and source row
// formats a date: one formatter per locale and precision for the whole build.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, parts: number): Intl.DateTimeFormat {
  const key = `${locale} ${parts}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...PRECISION[parts - 1], timeZone: 'UTC' })));
  return format;
}

/**
 * Formats an ISO date the same way in every place, independent of the build machine's locale and
 * zone, only as precisely as it is given: "23 April 2015", "January 2004", "2004" — never a
 * made-up day.
 */
export function formatIsoDate(iso: string, locale = 'en-GB'): string {
  const parts = isoDateParts(iso);
  const [year, month = 1, day = 1] = parts;
  return formatter(locale, parts.length).format(new Date(Date.UTC(year, month - 1, day)));
}
