// The part of @actions/core the action uses before its scan has started, written byte for byte as core
// writes it (node_modules/@actions/core/lib/core.js and command.js). Importing core itself loads its HTTP
// client (undici, node:https, for OIDC tokens) and delays the first file read by tens of milliseconds.
import { EOL } from 'node:os';

/** `core.getInput(name)`: INPUT_<NAME> with spaces as underscores, trimmed; '' when unset. */
export function actionInput(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** `core.setSecret`, `core.debug`, `core.warning` of a string: `::command::message` on stdout. */
export function issueCoreCommand(command: 'add-mask' | 'debug' | 'warning', message: string): void {
  process.stdout.write(`::${command}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`);
}
