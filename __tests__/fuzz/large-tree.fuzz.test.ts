// 100,000 files: long mode only (FUZZ_RUNS set), since writing them takes a while.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { cli } from '../hostile/helpers.js';
import { FUZZ_RUNS } from './fuzz-runs.js';

const FILES = 100_000;

describe.runIf(FUZZ_RUNS > 0)('a repository of 100,000 files', () => {
  it('is listed, scanned and counted without running out of time or memory', async () => {
    const root = makeTempRepo({}, { git: false });
    for (let folder = 0; folder < FILES / 1000; folder++) {
      mkdirSync(path.join(root, `f${folder}`));
      for (let file = 0; file < 1000; file++) writeFileSync(path.join(root, `f${folder}`, `m${file}.py`), file === 0 ? '# TODO\n' : 'x = 1\n');
    }
    const run = await cli(['check', root, '--format', 'json', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.inventory).toMatchObject({ listed: FILES, scanned: FILES });
    expect(report.metrics['todo.comments']).toBe(FILES / 1000);
  }, 600_000);
});
