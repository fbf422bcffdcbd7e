import type { Gate } from './lib/gate';
import { htmlGate } from './html';
import { linksGate } from './links';

/** In run order: fast static checks first, the browser and Lighthouse last. */
export const allGates: Gate[] = [htmlGate, linksGate];
