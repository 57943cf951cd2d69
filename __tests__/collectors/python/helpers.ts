import type { Finding } from '../../../src/evidence.js';
import { pythonCode } from '../../../src/collectors/python-code.js';
import { describeFile } from '../../../src/inventory/classify.js';

/** Runs the collector on `lines` joined with `\n`, as the file at `path`. */
export function collect(lines: string | readonly string[], path = 'pkg/module.py'): Finding[] {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  return pythonCode.collect(describeFile(path), text);
}

/** `line: message` for each finding of `kind`, in order. */
export function found(findings: readonly Finding[], kind: string): string[] {
  return findings.filter((finding) => finding.kind === kind).map((finding) => `${finding.line}: ${finding.message}`);
}

export function lines(findings: readonly Finding[], kind: string): number[] {
  return findings.filter((finding) => finding.kind === kind).map((finding) => finding.line);
}
