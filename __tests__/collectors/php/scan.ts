// Runs the PHP collector on an in-memory file, classified from its path like the inventory does.
import type { Finding } from '../../../src/evidence.js';
import { phpCode } from '../../../src/collectors/php-code.js';
import { describeFile } from '../../../src/inventory/classify.js';

export function scan(path: string, source: string): Finding[] {
  return phpCode.collect(describeFile(path), source);
}

/** `[line, message]` of every finding of one kind, in order. */
export function linesOf(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

export function countOf(findings: Finding[], kind: string): number {
  return findings.filter((finding) => finding.kind === kind).length;
}
