/** What every gate receives: the built site and where it is meant to live. */
export interface GateContext {
  /** Absolute path of the built site folder. */
  dist: string;
  /** Base path the site was built for, with leading and trailing slash (`/` or `/sub/`). */
  base: string;
  /** The site's own public origin, from the home page's canonical link (e.g. `https://sourcebook.invalid`). */
  siteOrigin: string;
}

export interface GateResult {
  /** Printed as `name: value`, e.g. `pages checked: 7`. */
  counts: Record<string, number>;
  /** One line per problem; any finding fails the run. */
  findings: string[];
  /** Extra lines worth printing that are not failures. */
  notes?: string[];
}

export interface Gate {
  name: string;
  run: (ctx: GateContext) => Promise<GateResult>;
}
