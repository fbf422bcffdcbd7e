import { introducingVerb, NAME, NOT_NAMES, sameSpeaker, speechSpans, voiceOf } from './speech-spans';

/**
 * Whether an author's sentence puts a quotation in someone's mouth, and if so whether the cited
 * paragraph shows that person saying those words.
 *
 * A quotation is attributed when the sentence before it introduces it with a speech verb
 * (`Erlin said`, `told eSecurity Planet that`, `He added:`) or a colon (`Cluley: "…"`). The
 * attribution is checked only against people the cited paragraph itself shows speaking (the
 * speakers of its quotation marks): "the New York Times says" about a text that relays the Times
 * in its own narration, or "AppleInsider says", is the outlet's voice and needs no check.
 */
export interface Attribution {
  /** Who the sentence says is speaking: the verb's subject, or the sentence's before a colon. */
  subject: string | null;
  /** The subject is he/she/they. */
  pronoun: boolean;
}

const NAMES = new RegExp(NAME, 'gu');
/** Framing that names an outlet without making it the subject: "According to X, Erlin said". */
const FRAMING = /\b(?:according to|as (?:quoted|reported|relayed) by|in)\s+[^,]+,\s*/giu;

/**
 * `prefix` is the sentence up to the quotation's opening mark; `outlets` the names of the cited
 * texts, which count as names however they are capitalised (eSecurity Planet).
 */
export function attributionOf(prefix: string, outlets: readonly string[] = []): Attribution | null {
  const text = blankQuotes(prefix);
  let verb: RegExpExecArray | null = null;
  for (const match of text.matchAll(introducingVerb())) verb = match;
  const colon = !verb && /:\s*$/.test(text);
  if (!verb && !colon) return null;
  let head = verb ? text.slice(0, verb.index) : text.replace(/:\s*$/, '');
  if (/\b(?:he|she|they)\s+(?:(?:also|then|later|once|reportedly)\s+)*$/i.test(head)) return { subject: null, pronoun: true };
  // "Tim Erlin, director of … at Tripwire, told": the apposition is not the subject.
  if (verb) head = head.replace(/,[^,]{1,90},\s*$/u, ' ');
  head = head.replace(FRAMING, (m) => ' '.repeat(m.length));
  const candidates = [
    ...[...head.matchAll(NAMES)].filter((m) => !NOT_NAMES.has(m[0])).map((m) => ({ at: m.index, name: m[0].replace(/['’]s$/u, '') })),
    ...outlets.flatMap((outlet) => [...head.matchAll(new RegExp(escape(outlet), 'gu'))].map((m) => ({ at: m.index, name: outlet }))),
  ].sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  const subject = colon ? candidates[0] : candidates.at(-1);
  return { subject: subject?.name ?? null, pronoun: false };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Earlier quotations in the sentence are not narration: a "said" inside them introduces nothing. */
function blankQuotes(text: string): string {
  return text.replace(/“[^“”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

export interface CitedParagraph {
  /** `esecurityplanet ¶3`, for messages. */
  label: string;
  /** The outlet whose text it is (its short title). */
  outlet: string;
  text: string;
  /** People the rest of the same text shows speaking, so that a name is checked wherever it speaks. */
  speakersElsewhere?: readonly string[];
}

export type AttributionResult = { ok: true } | { ok: false; reason: string; hint: string };

export function checkAttribution(quote: string, prefix: string, paragraphs: readonly CitedParagraph[]): AttributionResult {
  const outlets = [...new Set(paragraphs.map((p) => p.outlet))];
  const attribution = attributionOf(prefix, outlets);
  if (!attribution) return { ok: true };
  const read = paragraphs.map((p) => ({ ...p, spans: speechSpans(p.text) }));
  const speakers = read.flatMap((p) => p.spans.flatMap((s) => (s.speaker ? [s.speaker] : [])));
  const known = [...speakers, ...paragraphs.flatMap((p) => p.speakersElsewhere ?? [])];
  const subject = attribution.subject;
  // Only people the cited text shows speaking are checked; an outlet speaks in its narration.
  const claimed = subject && !outlets.includes(subject) && known.some((s) => sameSpeaker(subject, s)) ? subject : undefined;
  if (!claimed && !(attribution.pronoun && speakers.length > 0)) return { ok: true };
  let evidence: { paragraph: (typeof read)[number]; voice: ReturnType<typeof voiceOf> } | undefined;
  for (const paragraph of read) {
    const voice = voiceOf(paragraph.text, quote, paragraph.spans);
    if (voice.kind === 'absent') continue;
    if (voice.kind === 'speech' && voice.speaker && (!claimed || sameSpeaker(claimed, voice.speaker))) return { ok: true };
    evidence ??= { paragraph, voice };
  }
  // Words not found at all are the verbatim check's to report.
  if (!evidence) return { ok: true };
  const distinct = [...new Set(speakers)];
  const who = claimed ?? (distinct.length === 1 ? distinct[0]! : 'the speaker');
  const { paragraph, voice } = evidence;
  if (voice.kind === 'speech' && voice.speaker) {
    return {
      ok: false,
      reason: `The quotation “${quote}” is given as ${who}'s words, but in ${paragraph.label} they are ${voice.speaker}'s.`,
      hint: `these are ${voice.speaker}'s words, quoted by ${paragraph.outlet}, not ${who}'s: attribute them to ${voice.speaker}, or paraphrase`,
    };
  }
  const where = voice.kind === 'speech' ? 'inside quotation marks that name no speaker' : "the outlet's own narration, outside the quotation marks";
  return {
    ok: false,
    reason: `The quotation “${quote}” is given as ${who}'s words, but in ${paragraph.label} it is ${where}.`,
    hint: `these are ${paragraph.outlet}'s words, not ${who}'s: quote them as the outlet's, or paraphrase`,
  };
}
