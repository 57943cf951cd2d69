// Runs python-reference.py (CPython's `ast` and `tokenize`) over files on disk. python3 is a test-time
// tool only: a clone without it skips the Python comparison instead of failing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinesByMetric, ReferenceOutcome } from './metrics.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'python-reference.py');
/** Files per python3 run: keeps each request and answer small, and a crash loses one batch's context only. */
const BATCH = 2000;

export interface PythonRequestFile {
  path: string;
  isTest: boolean;
  isTestFile: boolean;
}

/** python3's version as [major, minor], or why it cannot be used. */
export function findPython(): { version: [number, number] } | { missing: string } {
  try {
    const out = execFileSync('python3', ['-c', 'import sys; print(sys.version_info[0], sys.version_info[1])'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [major, minor] = out.trim().split(' ').map(Number);
    return { version: [major ?? 0, minor ?? 0] };
  } catch (error) {
    return { missing: `python3 is not runnable here (${(error as Error).message.split('\n')[0]})` };
  }
}

type RawOutcome = LinesByMetric | { error: string };

export function runPythonReference(root: string, files: readonly PythonRequestFile[]): Map<string, ReferenceOutcome> {
  const outcomes = new Map<string, ReferenceOutcome>();
  for (let start = 0; start < files.length; start += BATCH) {
    const request = JSON.stringify({ root, files: files.slice(start, start + BATCH) });
    const out = execFileSync('python3', [SCRIPT], { input: request, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const answer = JSON.parse(out) as { files: Record<string, RawOutcome> };
    for (const [file, outcome] of Object.entries(answer.files)) {
      outcomes.set(file, 'error' in outcome && typeof outcome.error === 'string' ? { error: outcome.error } : { lines: outcome as LinesByMetric });
    }
  }
  return outcomes;
}
