// The worker side of worker-pool.ts: scans each batch of files it is sent with its own copy of the text
// collectors (functions cannot cross threads), and sends the outcomes back.
import { parentPort, workerData } from 'node:worker_threads';
import type { TextCollector } from '../evidence.js';
import { collectorsIn, scanFile } from './scan-file.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './worker-pool.js';

export function serveScanWorker(collectors: readonly TextCollector[]): void {
  const port = parentPort;
  if (port === null) throw new Error('serveScanWorker runs only on a worker thread');
  const { root, maxFileBytes, collectorIds } = workerData as WorkerSetup;
  const ids = collectors.map((collector) => collector.id);
  if (ids.join(',') !== collectorIds.join(',')) {
    throw new Error(`the scan worker's collectors (${ids.join(', ')}) are not the scan's (${collectorIds.join(', ')})`);
  }
  const byMask = new Map<number, TextCollector[]>();
  port.on('message', ({ batch, tasks }: BatchRequest) => {
    const outcomes = tasks.map(({ file, mask }) => {
      let wanted = byMask.get(mask);
      if (wanted === undefined) byMask.set(mask, (wanted = collectorsIn(collectors, mask)));
      return scanFile(root, file, wanted, maxFileBytes);
    });
    const reply: BatchReply = { batch, outcomes };
    port.postMessage(reply);
  });
}
