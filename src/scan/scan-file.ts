// The work on one file, the same on the main thread and on a worker: check it on disk, read it once, and
// run every text collector that wants it.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Finding, SkipReason, SourceFile, TextCollector } from '../evidence.js';
import { readTextSync } from './read-text.js';

export interface FileOutcome {
  /** Set when the file was not scanned after all. */
  skipped?: SkipReason;
  findings: Finding[];
  /** Internal errors with their stack, for the caller's debug log (a worker cannot call it). */
  debug: string[];
}

const MINIFIED_LINE_LENGTH = 1000;

function hasLineLongerThan(text: string, limit: number): boolean {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > limit) return true;
    start = stop + 1;
  }
  return false;
}

/** Why a listed file cannot be scanned, judged by lstat (never opened: a named pipe would block). */
export function skipReasonOnDisk(root: string, relative: string, maxFileBytes: number): SkipReason | undefined {
  const stats = lstatSync(path.join(root, relative), { throwIfNoEntry: false });
  if (stats === undefined) return 'missing';
  if (stats.isSymbolicLink()) return 'symlink';
  if (!stats.isFile()) return 'not-a-file';
  if (stats.size > maxFileBytes) return 'too-large';
  return undefined;
}

/** The collectors whose bit is set in `mask` (bit i is `collectors[i]`). */
export function collectorsIn(collectors: readonly TextCollector[], mask: number): TextCollector[] {
  return collectors.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** Which collectors want the file, as a bit mask over `collectors` (at most 31 of them). */
export function wantedMask(collectors: readonly TextCollector[], file: SourceFile): number {
  let mask = 0;
  for (let index = 0; index < collectors.length; index++) if ((collectors[index] as TextCollector).wants(file)) mask |= 1 << index;
  return mask;
}

export function scanFile(root: string, file: SourceFile, wanted: readonly TextCollector[], maxFileBytes: number): FileOutcome {
  const debug: string[] = [];
  const onDisk = skipReasonOnDisk(root, file.path, maxFileBytes);
  if (onDisk !== undefined) return { skipped: onDisk, findings: [], debug };
  const outcome = readTextSync(path.join(root, file.path));
  if ('skipped' in outcome) return { skipped: outcome.skipped, findings: [], debug };
  if (file.language === 'javascript' && hasLineLongerThan(outcome.text, MINIFIED_LINE_LENGTH)) {
    return { skipped: 'minified', findings: [], debug };
  }
  const findings: Finding[] = [];
  for (const collector of wanted) {
    try {
      // A loop, not push(...found): a spread of a very long array overflows the stack.
      for (const finding of collector.collect(file, outcome.text)) findings.push(finding);
    } catch (error) {
      // A collector bug must not hide the rest of the report; it becomes a visible problem on that file.
      debug.push(`${collector.id} failed on ${file.path}: ${(error as Error).stack ?? String(error)}`);
      findings.push(collectorFailure(collector.id, file.path, error));
    }
  }
  return { findings, debug };
}

// Prepending a character makes V8 build the string anew, and the slice then points into that copy.
const copyString = (text: string): string => ` ${text}`.slice(1);

/**
 * Copies the findings' strings out of the file's text, in place. V8 keeps a substring (and a template
 * literal built from one) as a view into the whole string it was cut from, so a message quoting one line (a
 * test name, a TODO) would keep the whole file in memory until the report is written: on a large repository
 * that was half of the heap. Findings made on a worker thread need none of this: they arrive as copies.
 */
export function detachFromFileText(findings: Finding[]): void {
  for (const finding of findings) {
    finding.message = copyString(finding.message);
    const { data } = finding;
    if (data === undefined) continue;
    for (const key of Object.keys(data)) {
      const value = data[key];
      if (typeof value === 'string') data[key] = copyString(value);
    }
  }
}

export function collectorFailure(collectorId: string, file: string, error: unknown): Finding {
  return {
    kind: 'parse.errors',
    file,
    line: 0,
    message: `readiness-gate could not analyse this file (${collectorId}: ${(error as Error).message}); please report it`,
  };
}
