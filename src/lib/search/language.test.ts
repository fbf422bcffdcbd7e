import { describe, expect, it } from 'vitest';
import { dominantScript, languageNote } from './language';

describe('dominantScript', () => {
  it('names the script most letters are in', () => {
    expect(dominantScript('银行 rules')).toBe('Latin');
    expect(dominantScript('银行规定')).toBe('Han');
    expect(dominantScript('шифрование')).toBe('Cyrillic');
    expect(dominantScript('2015 !')).toBeUndefined();
  });
});

describe('languageNote', () => {
  it('says when a query is in another script than the site', () => {
    expect(languageNote('银行', 'en')).toBe('This site is written in English; “银行” is in Chinese or Japanese characters. Try English words.');
    expect(languageNote('шифрование', 'en')).toMatch(/written in English; .* is in Cyrillic script/);
    expect(languageNote('encryption', 'ru')).toMatch(/^This site is written in Russian/);
  });

  it('stays silent for the site’s own script, digits, and kana on a Japanese site', () => {
    expect(languageNote('encryption keys', 'en')).toBeUndefined();
    expect(languageNote('sécurité', 'fr')).toBeUndefined();
    expect(languageNote('2015', 'en')).toBeUndefined();
    expect(languageNote('ひらがな', 'ja')).toBeUndefined();
  });
});
