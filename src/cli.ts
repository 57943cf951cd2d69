#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

const status = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
});
process.exitCode = status;
