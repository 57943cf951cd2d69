import * as core from '@actions/core';
import { runAction } from './action/run-action.js';

// The runner executes this file; everything it does lives behind runAction so tests can call it with fakes.
try {
  const outcome = await runAction({
    env: process.env,
    cwd: process.cwd(),
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    writeLine: (line) => process.stdout.write(`${line}\n`),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
  });
  if (outcome.failure !== undefined) core.setFailed(outcome.failure);
} catch (error) {
  // An internal bug: keep the stack in the debug log, and fail with a message a user can report.
  core.debug((error as Error).stack ?? String(error));
  core.setFailed(`readiness-gate crashed: ${(error as Error).message}. Please report this with the debug log.`);
}
