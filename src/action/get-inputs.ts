import type { FailOn } from '../report.js';

export const COMMENT_MODES = ['always', 'on-failure', 'changes', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionInputs {
  config: string;
  comment: CommentMode;
  checkRun: boolean;
  sarifPath: string;
  failOn: FailOn;
  workingDirectory: string;
  token: string;
  reportPath: string;
  annotations: boolean;
  maxFileBytes: number;
  /** Newline-separated globs; empty means the built-in ones. */
  testReportGlobs: string[];
  coverageGlobs: string[];
  timeBudgetMs: number;
  /** The scan cache file, relative to the workspace or absolute; empty means no cache. */
  scanCache: string;
}

/** A mistake in the workflow's `with:` block, reported as the step's failure. */
export class InputError extends Error {}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function booleanInput(getInput: (name: string) => string, name: string, fallback: 'true' | 'false'): boolean {
  const value = getInput(name) || fallback;
  if (value !== 'true' && value !== 'false') {
    throw new InputError(`input ${name}: "${value}" is not allowed; use true or false`);
  }
  return value === 'true';
}

/** Reads and checks every input in one place; `getInput` returns '' for an input that is not set. */
export function getInputs(getInput: (name: string) => string): ActionInputs {
  const failOn = getInput('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(`input fail-on: "${failOn}" is not allowed; use error, warning or never`);
  }
  const annotations = booleanInput(getInput, 'annotations', 'true');
  const checkRun = booleanInput(getInput, 'check-run', 'false');
  const comment = getInput('comment') || 'always';
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new InputError(`input comment: "${comment}" is not allowed; use ${COMMENT_MODES.join(', ')}`);
  }
  const maxFileSize = getInput('max-file-size') || '1048576';
  const maxFileBytes = Number(maxFileSize);
  if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) {
    throw new InputError(`input max-file-size: "${maxFileSize}" is not a positive whole number of bytes`);
  }
  const timeBudget = getInput('time-budget') || '600';
  const seconds = Number(timeBudget);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new InputError(`input time-budget: "${timeBudget}" is not a number of seconds`);
  }
  return {
    timeBudgetMs: seconds * 1000,
    config: getInput('config'),
    comment: comment as CommentMode,
    checkRun,
    sarifPath: getInput('sarif-path'),
    failOn: failOn as FailOn,
    workingDirectory: getInput('working-directory') || '.',
    token: getInput('token'),
    reportPath: getInput('report-path'),
    annotations,
    maxFileBytes,
    testReportGlobs: lines(getInput('test-reports')),
    coverageGlobs: lines(getInput('coverage-reports')),
    scanCache: getInput('scan-cache'),
  };
}
