// The shared shape of a check type: one module per type, registered in ./index.ts.
import type { ChangeEvidence } from '../../change/change-evidence.js';
import type { Evidence, Finding } from '../../evidence.js';
import type { RuleResult } from '../../report.js';
import type { Check } from '../../rules/rule-set.js';

export interface CheckContext {
  evidence: Evidence;
  /** Every repository path (POSIX, relative to the root), for checks on what exists. */
  paths: readonly string[];
  /** What a pull request changed; absent outside pull-request mode. */
  change?: ChangeEvidence;
}

export interface CheckOutcome {
  /** `not-applicable` for pull-request checks outside pull-request mode. */
  status: 'pass' | 'fail' | 'not-applicable';
  /** What the check found, in a sentence: "tests.cases is 0; at least 1 is required". */
  message: string;
  evidence: RuleResult['evidence'];
}

export interface CheckDefinition<C extends Check> {
  type: C['type'];
  run(check: C, context: CheckContext): CheckOutcome;
}

const findingsByKind = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

/**
 * The findings of one kind, in their order. Every finding rule asks for its own kind among the same findings
 * (often over 100,000 of them), so they are sorted into kinds once per list rather than filtered per rule.
 */
export function findingsOfKind(findings: readonly Finding[], kind: string): readonly Finding[] {
  let byKind = findingsByKind.get(findings);
  if (byKind === undefined) {
    byKind = new Map();
    for (const finding of findings) {
      const ofKind = byKind.get(finding.kind);
      if (ofKind === undefined) byKind.set(finding.kind, [finding]);
      else ofKind.push(finding);
    }
    findingsByKind.set(findings, byKind);
  }
  return byKind.get(kind) ?? [];
}

/** Findings in a stable order, by file, then line, then column. */
const compareByPlace = (a: Finding, b: Finding): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareByPlace);
}

/**
 * The first `limit` of sortFindings(findings), without sorting them all: a kind can have 100,000 findings
 * and a result shows twenty. Ties keep their order, as in the (stable) sort.
 */
export function firstFindings(findings: readonly Finding[], limit: number): Finding[] {
  const first: Finding[] = [];
  if (limit <= 0) return first;
  for (const finding of findings) {
    if (first.length === limit && compareByPlace(finding, first[limit - 1] as Finding) >= 0) continue;
    let at = first.length;
    while (at > 0 && compareByPlace(first[at - 1] as Finding, finding) > 0) at--;
    first.splice(at, 0, finding);
    if (first.length > limit) first.pop();
  }
  return first;
}

/** Whole numbers as they are, others to two decimals: 0.05, 0.1, 0.33. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * `actual` next to a threshold it failed: with more decimals when two would make them look equal
 * ("tests.ratio is 0.0996; at least 0.1 is required", not "is 0.1").
 */
export function formatActual(actual: number, threshold: number): string {
  const shown = formatNumber(actual);
  return shown === formatNumber(threshold) && actual !== threshold ? String(Math.round(actual * 10000) / 10000) : shown;
}

/** The outcome of a pull-request check when there is no pull request. */
export function pullRequestsOnly(metric: string): CheckOutcome {
  return { status: 'not-applicable', message: 'applies to pull requests only', evidence: { metric, findings: [], findingCount: 0 } };
}

/** `1 catch.generic finding`, `2 new catch.generic findings`. */
export function countOf(count: number, kind: string, adjective = ''): string {
  return `${count} ${adjective}${kind} ${count === 1 ? 'finding' : 'findings'}`;
}
