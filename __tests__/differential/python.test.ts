// Differential test: the Python lexer's counts against CPython's `ast`/`tokenize` on a generated corpus.
// Skipped, with the reason, where python3 is missing: the scanner itself never needs it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFailures } from './corpus-failures.js';
import { corpusSize, writeCorpus } from './generate-corpus.js';
import { findPython } from './python-reference.js';
import { readCorpusText, runDifferential } from './run-differential.js';

const python = findPython();
// The generated corpus uses `except*` (3.11), which older parsers reject.
const skipReason = 'missing' in python
  ? python.missing
  : python.version[0] * 100 + python.version[1] < 311 ? `python3 ${python.version.join('.')} is older than 3.11` : undefined;
if (skipReason) console.warn(`differential Python test skipped: ${skipReason}`);

describe.skipIf(skipReason !== undefined)('differential: Python scanner vs CPython ast', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'readiness-differential-py-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const { files: count, seed } = corpusSize();

  it(`agrees on every metric of every generated file (${count} files, seed ${seed})`, () => {
    const files = writeCorpus(root, 'python', count, seed);
    const result = runDifferential(root, files);
    expect(result.compared).toHaveLength(count);
    const failures = corpusFailures(result.compared, (file) => readCorpusText(root, { path: file, language: 'python' }));
    if (failures.length > 0) expect.fail(`${failures.length} disagreements; the first 20:\n\n${failures.slice(0, 20).join('\n\n')}`);
  }, 120_000);
});
