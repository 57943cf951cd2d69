import { describe, expect, it } from 'vitest';
import { envFiles, isCommittedEnvFileName } from '../../../src/collectors/env-files.js';
import { describeFile } from '../../../src/inventory/classify.js';

describe('secrets.env-files', () => {
  it.each([
    ['.env', true],
    ['.env.local', true],
    ['.env.production', true],
    ['.ENV', true],
    ['.env.example', false],
    ['.env.sample', false],
    ['.env.template', false],
    ['.env.dist', false],
    ['.env.local.example', false],
    ['.envrc', false],
    ['env', false],
    ['app.env', false],
    ['.environment', false],
  ])('%s → %s', (name, expected) => {
    expect(isCommittedEnvFileName(name)).toBe(expected);
  });

  it('one finding per committed environment file outside test code', () => {
    const files = ['.env', 'services/api/.env.production', '.env.example', 'tests/.env', 'src/main.ts'].map(describeFile);
    expect(envFiles.collect(files)).toEqual([
      {
        kind: 'secrets.env-files',
        file: '.env',
        line: 0,
        message: 'environment file committed: keep real settings out of git and commit a `.env.example` instead',
      },
      {
        kind: 'secrets.env-files',
        file: 'services/api/.env.production',
        line: 0,
        message: 'environment file committed: keep real settings out of git and commit a `.env.example` instead',
      },
    ]);
  });
});
