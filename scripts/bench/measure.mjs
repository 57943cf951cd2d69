// Runs a command as a child process and measures its wall time and peak memory: from `/usr/bin/time -v`
// when it is GNU time, else (Node commands only) from rss-probe.mjs preloaded into the child.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const here = import.meta.dirname;
const GNU_TIME = '/usr/bin/time';
const scratch = mkdtempSync(path.join(tmpdir(), 'readiness-bench-run-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;
export const memorySource = hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (Node children only)';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

let runCount = 0;

/**
 * One run. `node: true` means `args` are Node arguments (the probes can be preloaded). Returns the wall time
 * in ms, the peak RSS in KB (undefined when it cannot be measured), the exit status and the stdout file.
 */
export function runOnce({ command, args, node = false, env = {}, preload = [] }) {
  const id = runCount++;
  const stdoutPath = path.join(scratch, `stdout-${id}`);
  const rssLog = path.join(scratch, `rss-${id}`);
  const useRssProbe = node && !hasGnuTime;
  const nodeArgs = node ? [...[...preload, ...(useRssProbe ? [path.join(here, 'rss-probe.mjs')] : [])].flatMap((p) => ['--import', p]), ...args] : args;
  const program = node ? process.execPath : command;
  const [file, fileArgs] = hasGnuTime ? [GNU_TIME, ['-v', program, ...nodeArgs]] : [program, nodeArgs];
  const out = openSync(stdoutPath, 'w');
  const started = performance.now();
  const startedAt = Date.now();
  const result = spawnSync(file, fileArgs, {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, ...env, BENCH_RSS_LOG: rssLog },
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  closeSync(out);
  if (result.error) throw result.error;
  let rssKb;
  if (hasGnuTime) rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  else if (existsSync(rssLog)) rssKb = Number(readFileSync(rssLog, 'utf8').trim());
  const stderr = hasGnuTime ? result.stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '') : result.stderr;
  const status = hasGnuTime ? Number(/Exit status: (\d+)/.exec(result.stderr)?.[1] ?? result.status) : result.status;
  return { ms, rssKb, status, signal: result.signal, stdoutPath, stderr, startedAt };
}

/**
 * `runs` runs; medians of time and peak memory, and the last run's details. Throws on an unexpected exit.
 * `spec.before`, when given, runs (untimed) before each run.
 */
export function measure(spec, runs, okStatuses = [0]) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    spec.before?.();
    const result = runOnce(spec);
    if (!okStatuses.includes(result.status)) {
      throw new Error(`${spec.label} exited with ${result.status ?? result.signal}:\n${result.stderr.slice(-2000)}`);
    }
    results.push(result);
  }
  const rss = results.map((r) => r.rssKb).filter((kb) => kb !== undefined && !Number.isNaN(kb));
  return {
    ms: median(results.map((r) => r.ms)),
    all: results.map((r) => r.ms),
    rssKb: rss.length > 0 ? median(rss) : undefined,
    last: results[results.length - 1],
  };
}
