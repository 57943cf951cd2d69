// Differential test: the JS/TS lexer's counts against the TypeScript compiler's syntax tree on a
// generated corpus (typescript is a dev dependency; the scanner never imports it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFailures } from './corpus-failures.js';
import { corpusSize, writeCorpus } from './generate-corpus.js';
import { readCorpusText, runDifferential } from './run-differential.js';

describe('differential: JS/TS scanner vs TypeScript compiler', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'readiness-differential-js-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const { files: count, seed } = corpusSize();

  it(`agrees on every metric of every generated file (${count} files, seed ${seed})`, () => {
    const files = writeCorpus(root, 'javascript', count, seed);
    const result = runDifferential(root, files);
    expect(result.compared).toHaveLength(count);
    const failures = corpusFailures(result.compared, (file) => readCorpusText(root, { path: file, language: 'javascript' }));
    if (failures.length > 0) expect.fail(`${failures.length} disagreements; the first 20:\n\n${failures.slice(0, 20).join('\n\n')}`);
  }, 120_000);
});
