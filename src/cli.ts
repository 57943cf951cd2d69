#!/usr/bin/env node
import { once } from 'node:events';
import module from 'node:module';

// Node 22.1+ can keep V8's compiled code in a cache (NODE_COMPILE_CACHE, else node-compile-cache in the
// system's temporary folder), so later runs start sooner. It applies to code loaded after it is enabled, so
// the CLI is imported here (a chunk of its own in the bundle). Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCli } = await import('./cli/run-cli.js');

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
