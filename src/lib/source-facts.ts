import type { ArchivedSource } from '../schemas/archived-source';
import { formatIsoDate } from './format-date';

/** One line of a source's metadata as its archive page shows it: a label, the value, and where the value comes from. */
export interface SourceFact {
  label: string;
  value: string;
  note?: string | undefined;
  /** The value is an address to link to. */
  href?: string;
}

export type FactSource = Pick<
  ArchivedSource,
  'kind' | 'site' | 'siteNote' | 'author' | 'authorNote' | 'date' | 'dateNote' | 'version' | 'publisher' | 'url' | 'retrieved'
>;

/**
 * What the archive page says about a source, in words that fit any kind of text (a news report,
 * a licence, a statute, a web page): only the facts the metadata records, the date only as
 * precisely as the text states it, and nothing a kind does not have (no version for a news
 * report, no original address the archive never recorded).
 */
export function sourceFacts(source: FactSource): SourceFact[] {
  const facts: SourceFact[] = [{ label: 'Kind', value: source.kind }];
  if (source.version) facts.push({ label: 'Version', value: source.version });
  if (source.publisher) facts.push({ label: 'Publisher', value: source.publisher });
  // `site` is where the text appeared; with a publisher of its own named, it is the site that carries it.
  facts.push({ label: source.publisher ? 'Site' : 'Published by', value: source.site, note: source.siteNote });
  facts.push({ label: 'Author', value: source.author ?? 'not named', note: source.authorNote });
  facts.push({ label: 'Date', value: source.date ? formatIsoDate(source.date) : 'not stated', note: source.dateNote });
  if (source.url) {
    facts.push({
      label: 'Original',
      value: source.url,
      href: source.url,
      note: source.retrieved ? `archived from there on ${formatIsoDate(source.retrieved)}` : undefined,
    });
  }
  return facts;
}
