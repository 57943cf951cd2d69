// Runs the C-family collectors on an in-memory file, classified from its path like the inventory does.
import { csharpCode } from '../../../src/collectors/csharp-code.js';
import { goCode } from '../../../src/collectors/go-code.js';
import { jvmCode } from '../../../src/collectors/jvm-code.js';
import { rustCode } from '../../../src/collectors/rust-code.js';
import type { Finding } from '../../../src/evidence.js';
import { describeFile } from '../../../src/inventory/classify.js';

const COLLECTORS = [goCode, rustCode, jvmCode, csharpCode];

export function scan(path: string, source: string): Finding[] {
  const file = describeFile(path);
  const collector = COLLECTORS.find((candidate) => candidate.wants(file));
  if (collector === undefined) throw new Error(`no C-family collector wants ${path}`);
  return collector.collect(file, source);
}

/** `[line, message]` of every finding of one kind, in order. */
export function linesOf(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

export function countOf(findings: Finding[], kind: string): number {
  return findings.filter((finding) => finding.kind === kind).length;
}

/** Every finding as `kind line message`, for whole-file expectations. */
export function summary(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.kind} ${finding.line} ${finding.message}`);
}
