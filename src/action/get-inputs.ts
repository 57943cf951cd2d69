import type { FailOn } from '../report.js';

export interface ActionInputs {
  config: string;
  failOn: FailOn;
  workingDirectory: string;
  token: string;
  reportPath: string;
  annotations: boolean;
  maxFileBytes: number;
}

/** A mistake in the workflow's `with:` block, reported as the step's failure. */
export class InputError extends Error {}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** Reads and checks every input in one place; `getInput` returns '' for an input that is not set. */
export function getInputs(getInput: (name: string) => string): ActionInputs {
  const failOn = getInput('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(`input fail-on: "${failOn}" is not allowed; use error, warning or never`);
  }
  const annotations = getInput('annotations') || 'true';
  if (annotations !== 'true' && annotations !== 'false') {
    throw new InputError(`input annotations: "${annotations}" is not allowed; use true or false`);
  }
  const maxFileSize = getInput('max-file-size') || '1048576';
  const maxFileBytes = Number(maxFileSize);
  if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) {
    throw new InputError(`input max-file-size: "${maxFileSize}" is not a positive whole number of bytes`);
  }
  return {
    config: getInput('config'),
    failOn: failOn as FailOn,
    workingDirectory: getInput('working-directory') || '.',
    token: getInput('token'),
    reportPath: getInput('report-path'),
    annotations: annotations === 'true',
    maxFileBytes,
  };
}
