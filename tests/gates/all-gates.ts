import { a11yGate } from './a11y';
import { crawlGate } from './crawl';
import { cspGate } from './csp';
import { htmlGate } from './html';
import type { Gate } from './lib/gate';
import { lighthouseGate } from './lighthouse';
import { linksGate } from './links';
import { privacyGate } from './privacy';

/** In run order: fast static checks first; a11y, privacy and csp share one browser pass. */
export const allGates: Gate[] = [htmlGate, linksGate, crawlGate, a11yGate, privacyGate, cspGate, lighthouseGate];
