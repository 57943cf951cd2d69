import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionInput, issueCoreCommand } from '../../src/action/core-commands.js';

/** What `write` puts on stdout, with stdout itself kept quiet. */
function stdoutOf(write: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    write();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const MESSAGES = [
  'plain',
  '',
  'a%b%25c',
  'line one\nline two\r\nline three\r',
  '::error file=x::not a command',
  'ghs_token with , and : and ünïcödé ✓',
];

describe('the commands the action writes without loading @actions/core', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(MESSAGES)('writes add-mask, debug and warning exactly as core does: %j', (message) => {
    expect(stdoutOf(() => issueCoreCommand('add-mask', message))).toBe(stdoutOf(() => core.setSecret(message)));
    expect(stdoutOf(() => issueCoreCommand('debug', message))).toBe(stdoutOf(() => core.debug(message)));
    expect(stdoutOf(() => issueCoreCommand('warning', message))).toBe(stdoutOf(() => core.warning(message)));
  });

  it('reads inputs as core.getInput does: upper case, spaces as underscores, hyphens kept, trimmed', () => {
    vi.stubEnv('INPUT_FAIL-ON', '  warning \n');
    vi.stubEnv('INPUT_WORKING_DIRECTORY', 'services/api');
    vi.stubEnv('INPUT_EMPTY', '');
    for (const name of ['fail-on', 'Fail-On', 'working directory', 'empty', 'never-set']) {
      expect(actionInput(process.env, name)).toBe(core.getInput(name));
    }
    expect(actionInput(process.env, 'fail-on')).toBe('warning');
    expect(actionInput(process.env, 'working directory')).toBe('services/api');
    expect(actionInput(process.env, 'never-set')).toBe('');
  });
});
