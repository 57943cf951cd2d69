// Preloaded into a measured Node process when /usr/bin/time is missing: writes the process's peak resident
// set size (KB) to BENCH_RSS_LOG as it exits. Worker threads share the process, so they are included.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const log = process.env.BENCH_RSS_LOG;
if (log && isMainThread) process.on('exit', () => appendFileSync(log, `${process.resourceUsage().maxRSS}\n`));
