// The parts of Citation.js (no bundled types) that src/lib/citation-formats uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography' | 'citation', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' | 'object' }): string;
  }
  export const plugins: { config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): { given?: string; family?: string; literal?: string };
}
