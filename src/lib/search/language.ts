/** The writing system each site language is written in (ISO 639-1 → Unicode script). */
const SCRIPT_OF: Record<string, string> = {
  ar: 'Arabic',
  fa: 'Arabic',
  ur: 'Arabic',
  he: 'Hebrew',
  yi: 'Hebrew',
  el: 'Greek',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  bg: 'Cyrillic',
  sr: 'Cyrillic',
  zh: 'Han',
  ja: 'Han',
  ko: 'Hangul',
  th: 'Thai',
  hi: 'Devanagari',
  mr: 'Devanagari',
  hy: 'Armenian',
  ka: 'Georgian',
  bn: 'Bengali',
  ta: 'Tamil',
  am: 'Ethiopic',
};
const SCRIPTS = [
  'Latin',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Thai',
  'Devanagari',
  'Armenian',
  'Georgian',
  'Bengali',
  'Tamil',
  'Ethiopic',
];
/** Scripts that go with another in the same language (Japanese mixes kana with Han). */
const COMPANIONS: Record<string, string[]> = { Han: ['Hiragana', 'Katakana'] };
const NAMES: Record<string, string> = { Han: 'Chinese or Japanese characters', Hiragana: 'Japanese', Katakana: 'Japanese', Hangul: 'Korean' };

/** The script most of a text's letters are in, or undefined for a text without letters. */
export function dominantScript(text: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const script of SCRIPTS) {
    const count = text.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    if (count > most) [best, most] = [script, count];
  }
  return best;
}

/**
 * What to tell a reader whose query found nothing: if it is written in another script than the
 * site's language, say so ("This site is in English; “银行” is in Chinese or Japanese characters.").
 */
export function languageNote(query: string, siteLang: string): string | undefined {
  const lang = siteLang.toLowerCase().split('-')[0] ?? 'en';
  const expected = SCRIPT_OF[lang] ?? 'Latin';
  const found = dominantScript(query);
  if (!found || found === expected || COMPANIONS[expected]?.includes(found)) return undefined;
  const language = languageName(lang);
  return `This site is written in ${language}; “${query}” is in ${NAMES[found] ?? `${found} script`}. Try ${language} words.`;
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
