import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_KINDS, sourceMeta, unknownKind } from './source-meta';

const base = { id: 'lic', title: 'Harbour Licence', shortTitle: 'Licence', site: 'Harbour Foundation', author: null, format: 'blank-lines' };
const parse = (fields: Record<string, unknown>) => sourceMeta.safeParse({ ...base, date: null, dateNote: 'Not stated.', kind: 'licence', ...fields });
const issue = (result: ReturnType<typeof parse>) =>
  result.success ? undefined : { path: result.error.issues[0]!.path, message: result.error.issues[0]!.message };

describe('source metadata for any kind of text', () => {
  it('takes a date as precisely as the text states it, a bare YAML year included', () => {
    expect(parse({ date: '2004-01' })).toMatchObject({ success: true, data: { date: '2004-01' } });
    expect(parse({ date: 2004 })).toMatchObject({ success: true, data: { date: '2004' } });
    expect(parse({ date: '2007-06-29' })).toMatchObject({ success: true, data: { date: '2007-06-29' } });
    expect(issue(parse({ date: '2004-13' }))).toEqual({
      path: ['date'],
      message: 'Write the date as precisely as the text states it: "2004", "2004-01" or "2004-01-15".',
    });
    expect(issue(parse({ date: 'January 2004' }))?.path).toEqual(['date']);
    expect(issue(parse({ date: '2023-02-30' }))).toEqual({ path: ['date'], message: 'No such day in the calendar.' });
  });

  it('takes a version, a publisher, the original address and the day it was retrieved', () => {
    const fields = { version: '3', publisher: 'Free Software Foundation', url: 'https://www.gnu.org/licenses/gpl-3.0.txt', retrieved: '2026-11-30' };
    expect(parse(fields)).toMatchObject({ success: true, data: fields });
    expect(issue(parse({ url: 'https://example.org/' }))).toEqual({
      path: ['url'],
      message: 'With `url`, say in `retrieved` (YYYY-MM-DD) on which day the archived copy was taken from it.',
    });
    expect(issue(parse({ retrieved: '2026-11-30' }))).toEqual({ path: ['retrieved'], message: 'A retrieval date needs the `url` it was retrieved from.' });
    expect(issue(parse({ url: 'javascript:alert(1)', retrieved: '2026-11-30' }))?.path).toEqual(['url']);
  });

  it("checks the kind against the site's vocabulary and names the allowed kinds", () => {
    expect(unknownKind('news report', ['licence', 'statute'])).toBe('"news report" is not a kind of source this site knows. Use one of: "licence", "statute".');
    expect(unknownKind('licence', ['licence', 'statute'])).toBeUndefined();
    expect(unknownKind('blog post', DEFAULT_SOURCE_KINDS)).toBeUndefined();
  });
});
