#!/usr/bin/env node
import { once } from 'node:events';
import { runCli } from './cli/run-cli.js';

const status = await runCli(process.argv.slice(2), {
  // A pipe takes what it can and queues the rest in memory: wait for it before handing over more.
  stdout: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  },
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
});
process.exitCode = status;
