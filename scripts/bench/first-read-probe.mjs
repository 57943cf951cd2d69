// Preloaded into the measured process (`node --import`): notes the wall-clock time of the first file read
// under BENCH_REPO (ignoring .git), and with BENCH_STOP_AT_FIRST_READ ends the process right there, so a
// start-up measurement does not pay for the scan behind it. Patches the fs functions a scan could read with.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const repo = process.env.BENCH_REPO;
const log = process.env.BENCH_FIRST_READ_LOG;
let seen = false;

function note(file) {
  if (seen || typeof file !== 'string' || !file.startsWith(`${repo}/`) || file.includes('/.git/')) return;
  seen = true;
  fs.appendFileSync(log, `${Date.now()}\n`);
  // SIGKILL, not process.exit: in a worker thread process.exit would end only that thread.
  if (process.env.BENCH_STOP_AT_FIRST_READ) process.kill(process.pid, 'SIGKILL');
}

function watch(target, name) {
  const original = target[name];
  target[name] = function (file, ...rest) {
    note(file);
    return original.call(this, file, ...rest);
  };
}

if (repo && log) {
  for (const name of ['open', 'openSync', 'readFile', 'readFileSync']) watch(fs, name);
  for (const name of ['open', 'readFile']) watch(fs.promises, name);
  syncBuiltinESMExports();
}
