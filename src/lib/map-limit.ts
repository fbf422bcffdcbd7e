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

/**
 * Makes `items` with at most `limit` of them in hand at once, and hands each made one to `use` in
 * the order of `items`, one after another: a stream over a whole built site (e.g. into a zip, whose
 * entries must follow one another) that never holds more than `limit` made items, however many
 * there are. An item is started only once the one `limit` places before it has been used.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  make: (item: T, index: number) => Promise<R>,
  use: (made: R, index: number) => Promise<void> | void,
): Promise<void> {
  if (!(limit >= 1)) throw new Error(`mapInOrder needs a limit of at least 1, got ${limit}`);
  const started: Array<Promise<R> | undefined> = [];
  const start = (i: number) => {
    const made = make(items[i]!, i);
    // Awaited in turn below; until then a failure must not count as unhandled.
    made.catch(() => undefined);
    started[i] = made;
  };
  for (let i = 0; i < Math.min(limit, items.length); i++) start(i);
  for (let i = 0; i < items.length; i++) {
    const made = await started[i]!;
    started[i] = undefined;
    await use(made, i);
    if (i + limit < items.length) start(i + limit);
  }
}
