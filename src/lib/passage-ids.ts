import { createHash } from 'node:crypto';
import { slug } from 'github-slugger';

/**
 * Stable, readable ids for the passages of an explainer (docs/authoring.md, "Links that last").
 * Every id we generate starts with one of these prefixes, and an author's pinned id may not, so a
 * generated id never takes the place of one an author chose.
 */
export const GENERATED_PREFIXES = ['para-', 'item-', 'row-', 'note-', 'ref-'] as const;

/** How many opening words name a paragraph or list item. */
const OPENING_WORDS = 6;
const MAX_STEM = 48;

/** The id stem of a passage (paragraph, list item, table row): its opening words, slugged (`para-according-to-the-new-york-times`). */
export function passageStem(prefix: 'para-' | 'item-' | 'row-', text: string): string {
  const words = slug(text.trim()).split('-').filter(Boolean).slice(0, OPENING_WORDS);
  let stem = words.join('-');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/-[^-]*$/, '') || stem.slice(0, MAX_STEM);
  // Text without a letter or digit (an image alone, a dash) still needs an id: one from its content.
  return `${prefix}${stem || shortHash(text)}`;
}

/**
 * Gives each stem on a page a unique id: the first passage with a stem keeps it, later ones get
 * `-2`, `-3`…, so only a passage inserted before another with the same opening words moves it.
 * `taken` holds ids already on the page (headings, pinned ids) and is updated.
 */
export function uniqueId(stem: string, taken: Set<string>): string {
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** A cited passage, as remark-citations records it. */
export interface CitedPassage {
  sourceId: string;
  paragraphId: string;
  quote?: string | undefined;
}

/**
 * A citation note's id, from what it cites (not from where it stands): `note-<source>-<passage>-<hash>`,
 * the hash (4 base-36 characters) over every source, passage and quote of the note. Adding or
 * removing other notes never changes it; changing what this note cites does. Should two notes of
 * a page share the short form, both take a longer hash (`length`); see rehype-stable-note-ids.
 */
export function citationNoteSuffix(citations: readonly CitedPassage[], length = NOTE_HASH_LENGTH): string {
  const first = citations[0];
  if (!first) throw new Error('A citation note cites at least one passage.');
  const key = JSON.stringify(citations.map((c) => [c.sourceId, c.paragraphId, c.quote ?? null]));
  return `${slug(first.sourceId)}-${slug(first.paragraphId)}-${shortHash(key, length)}`;
}

/** Hash characters in a note id: enough to tell apart the notes of one page that cite the same passage first. */
export const NOTE_HASH_LENGTH = 4;

/** An author's own footnote (`[^vpn-date]`) keeps its label: `note-vpn-date`. */
export function authorNoteSuffix(label: string): string {
  return slug(label) || shortHash(label);
}

export const noteId = (suffix: string) => `note-${suffix}`;
/** The first reference to a note is `ref-<suffix>`; a second reference to the same note `ref-<suffix>-2`. */
export const refId = (suffix: string, reuse: number) => `ref-${suffix}${reuse > 1 ? `-${reuse}` : ''}`;

/** `{#id}` at the end of a heading, paragraph or list item pins its id (`\{#id}` in MDX). */
const PIN = /\s*\\?\{#([^}\s]*)\}\s*$/;

export type PinResult = { text: string; id: string } | { text: string; problem: string };

/** Splits a trailing `{#id}` off a text; undefined when there is none. */
export function parsePin(text: string): PinResult | undefined {
  const match = PIN.exec(text);
  if (!match) return undefined;
  const id = match[1]!;
  const rest = text.slice(0, match.index);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    return { text: rest, problem: `The pinned id "${id}" is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit.` };
  }
  const reserved = GENERATED_PREFIXES.find((p) => id.startsWith(p));
  if (reserved) return { text: rest, problem: `The pinned id "${id}" starts with "${reserved}", which is kept for ids the site generates.` };
  return { text: rest, id };
}

/** A few base-36 characters of a SHA-256 (ids are in every note and reference: short ones keep pages small). */
function shortHash(text: string, length = 6): string {
  return BigInt(`0x${createHash('sha256').update(text).digest('hex')}`)
    .toString(36)
    .slice(0, length);
}
