import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { pageItem, type CslItem } from './csl-items';
import { formatForReaders, VENDORED_STYLES, type ReaderCitation } from './format';
import { FormatPool, type FormatWorker, type WorkerReply } from './format-pool';

// Fixture items, not the corpus.
const site = { title: 'Harbour Notes', lang: 'en-GB' };
const item = (id: string): CslItem[] => [
  pageItem(site, { id, title: `Page ${id}`, description: '', updated: '2026-03-04', url: `https://harbour.example/${id}/` }),
];
const here = (items: readonly CslItem[]): ReaderCitation[] => [{ format: 'apa', label: 'here', kind: 'style', html: items[0]!.id }];
const there = (key: string): ReaderCitation[] => [{ format: 'apa', label: 'worker', kind: 'style', html: key }];

/** A worker the test answers for. */
class FakeWorker implements FormatWorker {
  sent: string[] = [];
  terminated = false;
  refs = 0;
  #message?: (reply: WorkerReply) => void;
  #error?: (error: Error) => void;
  postMessage(message: { key: string }) {
    this.sent.push(message.key);
  }
  on(event: 'message' | 'error', listener: never) {
    if (event === 'message') this.#message = listener;
    else this.#error = listener;
    return this;
  }
  ref() {
    this.refs++;
  }
  unref() {
    this.refs--;
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: WorkerReply) {
    this.#message!(reply);
  }
  fail(error: Error) {
    this.#error!(error);
  }
}

function pool(options: { workers?: number; minJobs?: number; spawn?: boolean } = {}) {
  const workers: FakeWorker[] = [];
  let formatted = 0;
  const warnings: string[] = [];
  const p = new FormatPool({
    format: (items) => (formatted++, here(items)),
    spawn: options.spawn === false ? undefined : () => (workers.push(new FakeWorker()), workers.at(-1)!),
    workers: options.workers ?? 1,
    minJobs: options.minJobs ?? 1,
    warn: (m) => warnings.push(m),
  });
  for (const key of ['a', 'b', 'c', 'd']) p.add(key, item(key));
  return { p, workers, warnings, formatted: () => formatted };
}

describe('FormatPool', () => {
  it('formats on this thread when there is no worker', async () => {
    const { p, workers, formatted } = pool({ spawn: false });
    expect(await p.get('a', item('a'))).toEqual(here(item('a')));
    expect(await p.get('z', item('z'))).toEqual(here(item('z')));
    expect(workers).toHaveLength(0);
    expect(formatted()).toBe(2);
  });

  it('gives a worker the back of the queue while this thread formats the front', async () => {
    const { p, workers, formatted } = pool();
    expect(await p.get('a', item('a'))).toEqual(here(item('a')));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual(['d']);
    workers[0]!.answer({ key: 'd', citations: there('d') });
    expect(workers[0]!.sent).toEqual(['d', 'c']);
    // 'c' is held by a worker that has answered before: wait for it rather than format it twice.
    const c = p.get('c', item('c'));
    workers[0]!.answer({ key: 'c', citations: there('c') });
    expect(await c).toEqual(there('c'));
    expect(await p.get('d', item('d'))).toEqual(there('d'));
    expect(formatted()).toBe(1);
  });

  it('formats here a job held by a worker that has not answered yet', async () => {
    const { p, workers, formatted } = pool();
    await p.get('a', item('a'));
    expect(workers[0]!.sent).toEqual(['d']);
    expect(await p.get('d', item('d'))).toEqual(here(item('d')));
    expect(formatted()).toBe(2);
    // Its late answer changes nothing.
    workers[0]!.answer({ key: 'd', citations: there('d') });
  });

  it('starts no worker for fewer jobs than its start-up is worth', async () => {
    const { p, workers } = pool({ minJobs: 5 });
    await p.get('a', item('a'));
    expect(workers).toHaveLength(0);
  });

  it('starts at most the workers it is given', async () => {
    const { p, workers } = pool({ workers: 2 });
    await p.get('a', item('a'));
    expect(workers.map((w) => w.sent)).toEqual([['d'], ['c']]);
  });

  it('reports a worker’s formatting error as the page’s own', async () => {
    const { p, workers } = pool();
    await p.get('a', item('a'));
    workers[0]!.answer({ key: 'd', citations: there('d') });
    const c = p.get('c', item('c'));
    workers[0]!.answer({ key: 'c', error: 'Citation.js produced no APA 7 entry for c' });
    await expect(c).rejects.toThrow('Citation.js produced no APA 7 entry for c');
  });

  it('formats here, and warns once, when a worker dies', async () => {
    const { p, workers, warnings } = pool();
    await p.get('a', item('a'));
    workers[0]!.answer({ key: 'd', citations: there('d') });
    workers[0]!.fail(new Error('out of memory'));
    expect(await p.get('c', item('c'))).toEqual(here(item('c')));
    expect(await p.get('b', item('b'))).toEqual(here(item('b')));
    expect(workers).toHaveLength(1);
    expect(warnings).toEqual([expect.stringContaining('out of memory')]);
  });

  it('lets an idle worker end once the queue is empty, and holds the process only while a worker is busy', async () => {
    const { p, workers } = pool();
    await p.get('a', item('a'));
    const w = workers[0]!;
    expect(w.refs).toBe(1);
    w.answer({ key: 'd', citations: there('d') });
    w.answer({ key: 'c', citations: there('c') });
    expect(w.terminated).toBe(false);
    w.answer({ key: 'b', citations: there('b') });
    expect(w.terminated).toBe(true);
    expect(w.refs).toBe(0);
  });
});

describe('format-worker.ts', () => {
  it('formats exactly as this thread does', { timeout: 30_000 }, async () => {
    const worker = new Worker(new URL('./format-worker.ts', import.meta.url), { workerData: { styles: VENDORED_STYLES } });
    try {
      const items = item('fares');
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ key: 'fares', items });
      });
      expect(reply).toEqual({ key: 'fares', citations: formatForReaders(items) });
    } finally {
      await worker.terminate();
    }
  });
});
