// Where the scan's worker script is, and how many threads to use. The bundles (dist/cli.js, dist/index.js)
// have dist/scan-worker.js beside them; run from sources (tests) there is none, and the scan stays on the
// main thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ScanOptions } from './scan-repository.js';

// A variable, not a literal: the bundler would otherwise try to bundle the URL as an asset of this module.
const WORKER_FILE = './scan-worker.js';

// Below this many files to read, starting threads (each loads the collectors) costs more than it saves.
const MIN_FILES_FOR_THREADS = 300;

/**
 * Parallel scanning with the bundled worker, one worker per core (the main thread scans only while they
 * start); undefined when there is no bundle or only one core.
 */
export function bundledParallelism(): ScanOptions['parallel'] {
  const workerScript = new URL(WORKER_FILE, import.meta.url);
  const cores = availableParallelism();
  if (cores < 2 || !existsSync(fileURLToPath(workerScript))) return undefined;
  return { workerScript, threads: cores, minFiles: MIN_FILES_FOR_THREADS };
}
