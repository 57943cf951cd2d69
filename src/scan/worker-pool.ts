// Spreads the per-file work (scan-file.ts) over the main thread and worker threads: batches of files go
// out, a few per worker at a time so no worker waits for the main thread, and each batch's outcomes come back
// to the slots of its files. The caller assembles them in file order, so the findings are the same as a
// scan on one thread.
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../evidence.js';
import type { FileOutcome } from './scan-file.js';

export interface ReadTask {
  file: SourceFile;
  /** The collectors that want the file, as a bit mask over the scan's text collectors. */
  mask: number;
}

/** What every worker is started with. */
export interface WorkerSetup {
  root: string;
  maxFileBytes: number;
  /** The scan's text collector ids, in order: the worker refuses to start when its own differ. */
  collectorIds: string[];
}

export interface BatchRequest {
  /** The number of the batch's first task, which names the batch. */
  batch: number;
  tasks: ReadTask[];
}

export interface BatchReply {
  batch: number;
  outcomes: FileOutcome[];
}

export interface PoolOptions extends WorkerSetup {
  workerScript: URL;
  /** Worker threads besides the main thread, which scans too. */
  threads: number;
  /** True once no new batch may be started (the deadline passed, or the scan was stopped). */
  stopped: () => boolean;
}

// Small enough that every thread stays busy to the end, large enough that messages cost little per file.
const BATCH_FILES = 64;
// Batches queued per worker, so it has the next one while the main thread is busy with its own.
const BATCHES_PER_WORKER = 3;

// A worker keeps little alive (a batch of files), so half the default young generation (48 MB) costs a few
// more quick collections and saves that much memory per worker. The old generation is left unbounded: a
// hostile batch full of findings must make the scan slow, not make a worker run out of memory.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Files handed out together: `tasks` are the tasks numbered `start`, `start + 1`, … */
interface Batch {
  start: number;
  tasks: ReadTask[];
}

/**
 * The outcome of each task, numbered in the order `tasks` yields them; undefined for the tasks `stopped`
 * kept from being started (those are not taken from `tasks`, so the caller can still count them). Tasks are
 * taken as the threads need them, so the first file is read before the last one is planned. The main thread
 * scans batches too (with `scanHere`) until a worker is ready: it is already warm, and it reads the first
 * file before any worker has even loaded its collectors.
 */
export async function scanInParallel(
  tasks: Iterator<ReadTask>,
  options: PoolOptions,
  scanHere: (task: ReadTask) => FileOutcome,
): Promise<(FileOutcome | undefined)[]> {
  const outcomes: (FileOutcome | undefined)[] = [];
  let taken = 0;
  let exhausted = false;
  const takeBatch = (files = BATCH_FILES): Batch | undefined => {
    if (exhausted || options.stopped()) return undefined;
    const batch: Batch = { start: taken, tasks: [] };
    while (batch.tasks.length < files) {
      const next = tasks.next();
      if (next.done === true) {
        exhausted = true;
        break;
      }
      batch.tasks.push(next.value);
    }
    taken += batch.tasks.length;
    return batch.tasks.length > 0 ? batch : undefined;
  };
  const store = ({ start }: Batch, results: readonly FileOutcome[]) => {
    results.forEach((outcome, offset) => {
      outcomes[start + offset] = outcome;
    });
  };

  const intern = internerOfStrings();
  const storeFromWorker = (batch: Batch, results: readonly FileOutcome[]) => {
    results.forEach((outcome, offset) => shareStrings(outcome, (batch.tasks[offset] as ReadTask).file.path, intern));
    store(batch, results);
  };

  // The first file is read before the workers are started: starting them, and planning and sending their
  // first batches, costs this thread tens of milliseconds.
  const first = takeBatch(1);
  if (first !== undefined) store(first, first.tasks.map(scanHere));
  if (first === undefined) return outcomes;
  const pool = startWorkers(options, () => takeBatch(), storeFromWorker);
  try {
    // This thread scans only until the first worker is ready (it is warm, so the first file is read at
    // once), then leaves the work to them: what it allocates while scanning would grow the heap that holds
    // every finding, and a collection there costs in proportion to all of them.
    while (!pool.isReady()) {
      const batch = takeBatch();
      if (batch === undefined) break;
      store(batch, batch.tasks.map(scanHere));
      await Promise.race([yieldToEventLoop(), pool.failed]);
    }
    await pool.drained();
  } finally {
    await pool.stop();
  }
  for (let i = outcomes.length; i < taken; i++) outcomes.push(undefined);
  return outcomes;
}

/**
 * One copy of each repeated string. Findings that cross from a worker are copies, each with its own copy of
 * the file path, kind and language; with 300,000 findings those copies were a third of the heap.
 */
function internerOfStrings(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const first = known.get(text);
    if (first !== undefined) return first;
    known.set(text, text);
    return text;
  };
}

function shareStrings(outcome: FileOutcome, path: string, intern: (text: string) => string): void {
  for (const finding of outcome.findings) {
    if (finding.file === path) finding.file = path;
    finding.kind = intern(finding.kind);
    if (finding.language !== undefined) finding.language = intern(finding.language) as typeof finding.language;
  }
}

interface Pool {
  /** True once a worker has sent back its first batch. */
  isReady: () => boolean;
  /** Rejects when a worker fails; never resolves. */
  failed: Promise<never>;
  /** Resolves when no batch is out with a worker. */
  drained: () => Promise<void>;
  /**
   * Ends the workers and resolves once they have exited. Until then their listeners, and with them every
   * outcome and task of the scan, stay reachable: on a large repository tens of MB the report does not need.
   */
  stop: () => Promise<void>;
}

function startWorkers(
  options: PoolOptions,
  takeBatch: () => Batch | undefined,
  store: (batch: Batch, outcomes: readonly FileOutcome[]) => void,
): Pool {
  const setup: WorkerSetup = { root: options.root, maxFileBytes: options.maxFileBytes, collectorIds: options.collectorIds };
  const workers = Array.from(
    { length: options.threads },
    () => new Worker(options.workerScript, { workerData: setup, resourceLimits: WORKER_LIMITS }),
  );
  let inFlight = 0;
  let ready = false;
  let stopped = false;
  let onDrained = () => {};
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Observed by the caller's race; this keeps a failure after the main loop from being an unhandled one.
  failed.catch(() => {});

  const sent = new Map<number, Batch>();
  const send = (worker: Worker) => {
    const batch = takeBatch();
    if (batch === undefined) {
      if (inFlight === 0) onDrained();
      return;
    }
    inFlight++;
    sent.set(batch.start, batch);
    const request: BatchRequest = { batch: batch.start, tasks: batch.tasks };
    worker.postMessage(request);
  };
  for (const worker of workers) {
    worker.on('message', (reply: BatchReply) => {
      inFlight--;
      ready = true;
      const batch = sent.get(reply.batch) as Batch;
      sent.delete(reply.batch);
      store(batch, reply.outcomes);
      send(worker);
    });
    // A worker's own failure is an internal bug (collector errors are caught per file): the scan fails.
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!stopped) fail(new Error(`a scan worker stopped early (exit code ${code})`));
    });
    for (let i = 0; i < BATCHES_PER_WORKER; i++) send(worker);
  }
  return {
    isReady: () => ready,
    failed,
    drained: () =>
      inFlight === 0
        ? Promise.resolve()
        : Promise.race([new Promise<void>((resolve) => (onDrained = resolve)), failed]),
    stop: async () => {
      stopped = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
