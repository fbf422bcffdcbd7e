import type { CslItem } from './csl-items';
import type { ReaderCitation } from './format-core';

/** What the pool needs of a worker thread (node:worker_threads' Worker has it; tests pass fakes). */
export interface FormatWorker {
  postMessage(message: { key: string; items: readonly CslItem[] }): void;
  on(event: 'message', listener: (reply: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  ref(): void;
  unref(): void;
  terminate(): unknown;
}

export type WorkerReply = { key: string; citations: ReaderCitation[] } | { key: string; error: string };

interface Job {
  key: string;
  items: readonly CslItem[];
  /** Queued, formatted here, or sent to this worker. */
  state: 'queued' | 'here' | FormatWorker;
  done: Promise<ReaderCitation[]>;
  resolve: (citations: ReaderCitation[]) => void;
  reject: (error: Error) => void;
}

interface Options {
  /** Formats on this thread: what a worker does, for the jobs no worker has taken. */
  format: (items: readonly CslItem[]) => ReaderCitation[];
  /** Starts a worker thread; none when absent. */
  spawn?: (() => FormatWorker) | undefined;
  /** How many workers at most: the cores besides the one that renders the pages. */
  workers: number;
  /** Fewer jobs queued than this, and no worker starts: starting one costs about as much as formatting that many here. */
  minJobs: number;
  /** Told once when a worker fails to start or dies; its job and the rest are formatted here. */
  warn?: (message: string) => void;
}

/**
 * Citations formatted on the rendering thread and on worker threads at once. citeproc was about
 * half of the time a page took to render, and Astro renders pages one after another on one
 * thread, so the other cores format ahead: every entry is queued at the start, the workers take
 * jobs from the back of the queue, and a page asking for a job no worker has taken formats it
 * itself. A page waits only when a worker that has answered before is on the very job it asks
 * for; a job held by a worker still starting is formatted here too, so a worker that starts slowly
 * or not at all costs nothing but its own thread.
 */
export class FormatPool {
  readonly #jobs = new Map<string, Job>();
  readonly #queue: Job[] = [];
  readonly #idle: FormatWorker[] = [];
  readonly #busy = new Map<FormatWorker, Job>();
  readonly #warm = new Set<FormatWorker>();
  #started = 0;
  #broken = false;
  readonly #options: Options;

  constructor(options: Options) {
    this.#options = options;
  }

  /** Queues `items` to be formatted ahead under `key` (once: a key queued already is kept). */
  add(key: string, items: readonly CslItem[]): void {
    if (this.#jobs.has(key)) return;
    let resolve!: Job['resolve'];
    let reject!: Job['reject'];
    const done = new Promise<ReaderCitation[]>((res, rej) => ((resolve = res), (reject = rej)));
    // A job nobody asks for must not fail the build as an unhandled rejection; the one asked for reports.
    done.catch(() => {});
    const job: Job = { key, items, state: 'queued', done, resolve, reject };
    this.#jobs.set(key, job);
    this.#queue.push(job);
  }

  /** The citations under `key`: a worker's, or formatted here when no warm worker holds the job. */
  get(key: string, items: readonly CslItem[]): Promise<ReaderCitation[]> {
    const job = this.#jobs.get(key);
    this.#jobs.delete(key);
    const done = !job
      ? this.#formatNow(items)
      : job.state === 'queued' || (job.state !== 'here' && !this.#warm.has(job.state))
        ? this.#formatHere(job)
        : job.done;
    this.#feed();
    return done;
  }

  #formatNow(items: readonly CslItem[]): Promise<ReaderCitation[]> {
    return new Promise((resolve) => resolve(this.#options.format(items)));
  }

  #formatHere(job: Job): Promise<ReaderCitation[]> {
    job.state = 'here';
    this.#formatNow(job.items).then(job.resolve, job.reject);
    return job.done;
  }

  #nextQueued(): Job | undefined {
    while (this.#queue.length) {
      const job = this.#queue.pop()!;
      if (job.state === 'queued') return job;
    }
    return undefined;
  }

  #feed(): void {
    for (;;) {
      const worker = this.#idle.pop() ?? this.#start();
      if (!worker) break;
      const job = this.#nextQueued();
      if (!job) {
        this.#idle.push(worker);
        break;
      }
      job.state = worker;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage({ key: job.key, items: job.items });
    }
    // Nothing left to do: idle workers end, so the build's process can exit.
    if (!this.#queue.length) for (const worker of this.#idle.splice(0)) void worker.terminate();
  }

  #start(): FormatWorker | undefined {
    const { spawn, workers, minJobs } = this.#options;
    if (!spawn || this.#broken || this.#started >= workers || this.#queue.length < minJobs) return undefined;
    this.#started++;
    const worker = spawn();
    worker.on('message', (reply) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      this.#warm.add(worker);
      worker.unref();
      // Settling twice is nothing: a job this thread formatted meanwhile keeps its first answer.
      if (job && job.key === reply.key) {
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(reply.citations);
      }
      this.#idle.push(worker);
      this.#feed();
    });
    worker.on('error', (error) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
      if (!this.#broken) this.#options.warn?.(`A citation-formatting worker stopped (${error.message}); citations are formatted on the main thread.`);
      this.#broken = true;
      // Its job goes back to the queue, for whichever page asks for it.
      if (job && job.state === worker) {
        job.state = 'queued';
        this.#queue.push(job);
      }
    });
    return worker;
  }
}

const WORKER_FILE = Symbol.for('sourcebook.citation-format-worker');

/**
 * Where ./format-worker.ts is, handed over by integrations/citation-formatting.ts: the pages are
 * bundled into dist's build folder, so their own `import.meta.url` no longer points at src/.
 */
export function shareFormatWorkerFile(file: URL): void {
  (globalThis as Record<symbol, unknown>)[WORKER_FILE] = file;
}

export function sharedFormatWorkerFile(): URL | undefined {
  return (globalThis as Record<symbol, unknown>)[WORKER_FILE] as URL | undefined;
}
