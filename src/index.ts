import { actionInput, issueCoreCommand } from './action/core-commands.js';
import { runAction } from './action/run-action.js';

type Core = typeof import('@actions/core');

// @actions/core is imported (a chunk of its own) for what follows the scan: outputs, the job summary and the
// step's status. What the scan may need before is written by core-commands.ts, so the first file is read sooner.
let core: Core | undefined;
// Outputs set before core was needed; loadCore writes them, in order.
const waitingOutputs: [name: string, value: string][] = [];

async function loadCore(): Promise<Core> {
  core ??= await import('@actions/core');
  for (const [name, value] of waitingOutputs.splice(0)) core.setOutput(name, value);
  return core;
}

// The runner executes this file; everything it does lives behind runAction so tests can call it with fakes.
try {
  const outcome = await runAction({
    env: process.env,
    cwd: process.cwd(),
    getInput: (name) => actionInput(process.env, name),
    setOutput: (name, value) => {
      if (core === undefined) waitingOutputs.push([name, value]);
      else core.setOutput(name, value);
    },
    setSecret: (value) => issueCoreCommand('add-mask', value),
    appendSummary: async (markdown) => {
      await (await loadCore()).summary.addRaw(markdown, true).write();
    },
    writeLine: (line) => process.stdout.write(`${line}\n`),
    warning: (message) => issueCoreCommand('warning', message),
    debug: (message) => issueCoreCommand('debug', message),
  });
  const loaded = await loadCore();
  if (outcome.failure !== undefined) loaded.setFailed(outcome.failure);
} catch (error) {
  // An internal bug: keep the stack in the debug log, and fail with a message a user can report.
  const loaded = await loadCore();
  loaded.debug((error as Error).stack ?? String(error));
  loaded.setFailed(`readiness-gate crashed: ${(error as Error).message}. Please report this with the debug log.`);
}
