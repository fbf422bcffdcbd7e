/**
 * `Promise.all(items.map(fn))` with at most `limit` calls of `fn` in flight, results in the order
 * of `items`. For file reads and writes over a whole built site: one `readFile` per file at once
 * opened more files than the system allows (EMFILE) at ~4,200 pages.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!(limit >= 1)) throw new Error(`mapLimit needs a limit of at least 1, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How many files the build reads or writes at once. */
export const FILE_CONCURRENCY = 64;
