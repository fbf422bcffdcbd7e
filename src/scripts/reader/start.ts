import { startSidenotes } from '../notes/sidenotes';
import { startPrintAddresses } from '../notes/print-addresses';
import { startThemeToggle } from '../theme/theme-toggle';
import { startToc } from '../toc/current-section';
import { onFirstUse } from './first-use';

/**
 * The reading aids of every page. What the first view shows runs at once: the theme button,
 * sidenotes, the contents' current section, print addresses. What answers the reader
 * (src/scripts/reader/in-place.ts) loads on first use.
 */
startThemeToggle();
startSidenotes();
startToc();
startPrintAddresses();
onFirstUse(() => import('./in-place'));
