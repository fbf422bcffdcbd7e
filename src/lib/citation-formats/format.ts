import chicago from './styles/chicago.csl?raw';
import mla from './styles/mla.csl?raw';
import { registerStyles } from './format-core';

/** The vendored styles (scripts/vendor-csl-styles.mjs), registered on import; a formatting worker gets them from here. */
export const VENDORED_STYLES = { mla, chicago } as const;
registerStyles(VENDORED_STYLES);

export * from './format-core';
