import { endOfLastMatch } from './text';

/**
 * Which parts of an archived paragraph stand inside the source's own quotation marks (direct
 * speech, or a word the source marks as someone else's) and who speaks them, as far as the
 * paragraph itself shows. Everything outside these spans is the outlet's narration.
 *
 * The speaker is read from the sentence around the span, the way a reader does: `“…,” he said.`,
 * `Erlin added`, `Charles Ding said, “…”`, `Tim Cook said that the firms had made "great
 * progress"`, `those "inspections," as one official called them`. A pronoun stands for the last
 * person the paragraph named as speaking. A span with no such words (a scare quote, a title) has
 * no speaker.
 */
export interface SpeechSpan {
  /** Offset of the first character inside the opening mark. */
  from: number;
  /** Offset of the closing mark (exclusive end of the words). */
  to: number;
  /** The speaker as the paragraph names them (`Tim Erlin`, `Erlin`, `one official`), or null. */
  speaker: string | null;
}

/** Verbs that introduce words as someone's: the forms a news text uses around a quotation. */
export const SPEECH_VERB = String.raw`(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|writing|argue|argues|argued|arguing|call|calls|called|calling|add|adds|added|adding|ask|asks|asked|asking|reply|replies|replied|state|states|stated|stating|warn|warns|warned|explain|explains|explained|insist|insists|insisted|conclude|concludes|concluded|continue|continues|continued|note|notes|noted|comment|comments|commented|describe|describes|described|see|sees|saw|view|views|viewed|read|reads)`;

/** A name as a text prints it: capitalised words, possibly joined by "of" (U.S. Chamber of Commerce). */
export const NAME = String.raw`[A-Z][\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\p{L}\p{N}'’.&-]*)*`;
const PRONOUN = /^(?:he|she|they)$/i;

const after = new RegExp(
  String.raw`^[\s,.!?;:]*(?:as\s+)?(${NAME}|he|she|they|one\s+\p{Ll}+|an?\s+\p{Ll}+)(?:\s+(?:is|was|were|has|had|also|then|later|once|reportedly))*(?:\s+(?:said|reported)\s+to\s+have)?\s+${SPEECH_VERB}\b`,
  'u',
);
/**
 * A speech verb that introduces a quotation at the end of `text`: directly (`said, “`), or
 * through a reported clause (`said that the firms had made "great progress"`, `told Lu, the
 * company has "never…"`), or a few words of object (`called the move "…"`, `read it as "…"`). Global: the last match is the one that introduces the quotation.
 */
export function introducingVerb(): RegExp {
  return new RegExp(
    String.raw`\b${SPEECH_VERB}\b(?=((?:\s+[^\s.!?]+){0,6}?\s+that\b[^.!?]*|(?:\s+[^\s.!?,]+){1,3},[^.!?]*|(?:\s+[^\s.!?,;:]+){1,6}\s*|\s*[,:]?\s*)$)`,
    'gu',
  );
}
const namedSpeaker = new RegExp(
  String.raw`(${NAME})(?:,[^,“”"]{1,90},)?(?:\s+(?:is|was|also|then|later|reportedly))*(?:\s+(?:said|reported)\s+to\s+have)?\s+${SPEECH_VERB}\b`,
  'gu',
);

/** Sentence-initial words that are capitalised without being a name. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'As',
  'And',
  'But',
  'If',
  'While',
  'When',
  'During',
  'According',
  'Back',
  'This',
  'That',
  'These',
  'It',
  'He',
  'She',
  'They',
  'Ten',
  'Even',
  'However',
  'So',
  'Because',
  'Ironically',
  'Some',
  'One',
  'Another',
  'Both',
  'Under',
  'Since',
]);

export function speechSpans(paragraph: string): SpeechSpan[] {
  const spans: SpeechSpan[] = [];
  let lastSpeaker: string | null = null;
  let previous: { to: number; tagged: boolean } | undefined;
  for (const { from, to } of quotedRanges(paragraph)) {
    const sentenceStart = startOfSentence(paragraph, from - 1);
    const before = blank(paragraph.slice(sentenceStart, from - 1), spans, sentenceStart);
    const rest = paragraph.slice(to + 1, endOfSentence(paragraph, to + 1));
    const tag = after.exec(rest)?.[1];
    let speaker = tag ?? speakerBefore(before);
    // `“…,” he said. “…”`: a quotation that follows another and its speech tag continues it.
    if (!speaker && previous?.tagged && continuesSpeech(paragraph.slice(previous.to + 1, from - 1))) speaker = lastSpeaker;
    if (speaker && PRONOUN.test(speaker)) speaker = lastSpeaker ?? lastNamedSpeaker(paragraph.slice(0, from - 1), spans) ?? null;
    speaker = speaker ? cleanName(speaker) : null;
    if (speaker) lastSpeaker = speaker;
    spans.push({ from, to, speaker });
    previous = { to, tagged: Boolean(tag) };
  }
  return spans;
}

/** Pairs of quotation marks at the outer level: “…”, "…", and ‘…’ when it is not an apostrophe. */
export function quotedRanges(text: string): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < text.length; i += 1) {
    const mark = text[i];
    let close = -1;
    if (mark === '“') close = text.indexOf('”', i + 1);
    else if (mark === '"') close = text.indexOf('"', i + 1);
    else if (mark === '‘' && (i === 0 || /[\s([—–-]/.test(text[i - 1]!))) {
      for (let j = text.indexOf('’', i + 1); j >= 0; j = text.indexOf('’', j + 1)) {
        if (!/\p{L}/u.test(text[j + 1] ?? '')) {
          close = j;
          break;
        }
      }
    }
    if (close < 0) continue;
    ranges.push({ from: i + 1, to: close });
    i = close;
  }
  return ranges;
}

function continuesSpeech(between: string): boolean {
  const tag = after.exec(between);
  return tag !== null && /^[\s.,;:]*$/.test(between.slice(tag[0].length));
}

// A full stop after a lone capital (U.S., U.K.) ends an abbreviation, not a sentence.
const FULL_STOP = String.raw`(?<!(?:^|[\s.])\p{Lu})[.!?]`;

const SENTENCE_BREAK = new RegExp(String.raw`${FULL_STOP}[”"’]?\s+(?=[“"‘]?\p{Lu})`, 'gu');

function startOfSentence(text: string, at: number): number {
  return endOfLastMatch(text.slice(0, at), SENTENCE_BREAK);
}

function endOfSentence(text: string, from: number): number {
  const match = new RegExp(String.raw`${FULL_STOP}(?=\s+\p{Lu}|$)`, 'u').exec(text.slice(from));
  return match ? from + match.index + 1 : text.length;
}

/** Quoted words earlier in the sentence are blanked, so a verb inside them is not read as narration. */
function blank(text: string, spans: SpeechSpan[], offset: number): string {
  let out = text;
  for (const span of spans) {
    const from = span.from - offset;
    const to = span.to - offset;
    if (to <= 0 || from >= out.length) continue;
    out = out.slice(0, Math.max(0, from)) + ' '.repeat(Math.min(out.length, to) - Math.max(0, from)) + out.slice(Math.min(out.length, to));
  }
  return out;
}

/** `X said, “`, `X told Lu that … "`, `adding, “`: the name nearest before the introducing verb. */
function speakerBefore(before: string): string | null {
  let verb: RegExpExecArray | null = null;
  for (const match of before.matchAll(introducingVerb())) verb = match;
  if (!verb) return null;
  const head = before.slice(0, verb.index);
  if (/\b(?:he|she|they)\s+(?:(?:also|then|later|reportedly)\s+)*$/i.test(head)) return 'he';
  const names = [...head.matchAll(new RegExp(NAME, 'gu'))].map((m) => m[0]).filter((n) => !NOT_NAMES.has(n));
  return names.at(-1) ?? null;
}

/** For a pronoun: the last name the narration so far has speaking (`Tim Erlin, director …, told`). */
function lastNamedSpeaker(narration: string, spans: SpeechSpan[]): string | null {
  const text = blank(narration, spans, 0);
  let found: string | null = null;
  for (const match of text.matchAll(namedSpeaker)) if (!NOT_NAMES.has(match[1]!)) found = match[1]!;
  return found;
}

function cleanName(name: string): string {
  const words = name.replace(/['’]s$/u, '').split(/\s+/);
  while (words.length > 1 && (NOT_NAMES.has(words[0]!) || HONORIFICS.has(words[0]!))) words.shift();
  return words.join(' ');
}

/** Whether two ways of naming someone name the same person: `Erlin` and `Tim Erlin`, `Tripwire's Tim Erlin`. */
export function sameSpeaker(a: string, b: string): boolean {
  const key = (name: string) =>
    new Set(
      name
        .split(/[\s,]+/)
        .map((w) => w.replace(/['’]s$/u, ''))
        .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3 && !NOT_NAMES.has(w) && !TITLES.has(w)),
    );
  const left = key(a);
  return [...key(b)].some((w) => left.has(w));
}

const HONORIFICS = new Set(['CEO', 'Mr', 'Mrs', 'Ms', 'Dr']);
const TITLES = new Set(['CEO', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Prime', 'Minister', 'U.S.', 'US', 'UK']);

/** Where a quotation's words stand in a paragraph: whose words they are, as far as it shows. */
export type Voice = { kind: 'absent' } | { kind: 'narration' } | { kind: 'speech'; speaker: string | null };

/**
 * Whose words a quotation (as an author writes it: trailing punctuation, "…" for omissions,
 * single marks for the source's inner double ones) is in `paragraph`. `speech` when every part lies
 * inside one speaker's quotation marks (speaker null: marks with no speaker shown); `narration`
 * when the words occur but some part lies outside the marks, or across two speakers.
 */
export function voiceOf(paragraph: string, quote: string, spans = speechSpans(paragraph)): Voice {
  const text = fold(paragraph);
  const variants = [quote, quote.replace(/[‘'](?=\S)([^‘’']+?)(?<=\S)[’']/g, '"$1"')];
  let found = false;
  for (const variant of variants) {
    const parts = variant
      .replace(/[.,;:!?]+$/, '')
      .split(/\s*(?:…|\.\.\.)\s*/)
      .map((part) => fold(part.replace(/\s+/g, ' ').trim()))
      .filter(Boolean);
    if (parts.length === 0) continue;
    const occurrences = parts.map((part) => allIndexes(text, part).map((at) => ({ from: at, to: at + part.length })));
    if (occurrences.some((list) => list.length === 0)) continue;
    found = true;
    // The speakers whose quotation holds every part; a speaker of `undefined` marks narration.
    const holders = occurrences.map(
      (list) => new Set(list.map((o) => spans.find((s) => o.from >= s.from && o.to <= s.to)).map((s) => (s ? (s.speaker ?? '') : undefined))),
    );
    const common = [...holders[0]!].filter((who) => who !== undefined && holders.every((h) => h.has(who)));
    if (common.length > 0) return { kind: 'speech', speaker: common[0] || null };
  }
  return found ? { kind: 'narration' } : { kind: 'absent' };
}

/** One-for-one typographic folding, so offsets in the folded text are offsets in the paragraph. */
function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The speaker of a quoted passage when the paragraph names one, for "Erlin, quoted by …" in a note. */
export function quotedSpeaker(paragraph: string | undefined, quote: string | undefined): string | null {
  if (paragraph === undefined || quote === undefined) return null;
  const voice = voiceOf(paragraph, quote);
  return voice.kind === 'speech' ? voice.speaker : null;
}
