import { parentPort, workerData } from 'node:worker_threads';
import { formatForReaders, registerStyles } from './format-core.ts';

/**
 * A worker thread of ./format-pool.ts: formats one entry's citations per message. Node loads this
 * file as it is (types stripped), not through Vite, so it imports only ./format-core.ts and
 * packages, and gets the vendored styles from the thread that started it.
 */
registerStyles((workerData as { styles: Record<string, string> }).styles);

parentPort!.on('message', ({ key, items }: { key: string; items: Parameters<typeof formatForReaders>[0] }) => {
  try {
    parentPort!.postMessage({ key, citations: formatForReaders(items) });
  } catch (error) {
    parentPort!.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
});
