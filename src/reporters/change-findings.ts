// Which findings of each failed rule a pull request added, and how many of them fit a budget.
// A new finding (from `report.change.newFindings`) belongs to a failed rule when its kind is the
// rule's metric; findings the report already lists are matched by kind, file and line.
import type { Finding } from '../evidence.js';
import type { ActiveLevel, Report, RuleResult } from '../report.js';
import { failedResultsAt } from './report-view.js';

function findingKey(finding: Finding): string {
  return `${finding.kind}\u0000${finding.file}\u0000${finding.line}`;
}

export interface NewFindingIndex {
  /** True for a finding on a line the change adds; always false outside pull-request mode. */
  isNew(finding: Finding): boolean;
  ofKind(kind: string): readonly Finding[];
}

export function indexNewFindings(report: Report): NewFindingIndex {
  const newFindings = report.change?.newFindings ?? [];
  const keys = new Set(newFindings.map(findingKey));
  const byKind = new Map<string, Finding[]>();
  for (const finding of newFindings) {
    const list = byKind.get(finding.kind);
    if (list === undefined) byKind.set(finding.kind, [finding]);
    else list.push(finding);
  }
  return { isNew: (finding) => keys.has(findingKey(finding)), ofKind: (kind) => byKind.get(kind) ?? [] };
}

export interface RuleFindings {
  result: RuleResult;
  /** The rule's findings on added lines: all of them, not only those the report kept. */
  fresh: Finding[];
  /** The rule's reported findings that were there before the change. */
  others: Finding[];
  /** How many findings the rule has in all, including those cut before the report. */
  total: number;
}

export function ruleFindings(result: RuleResult, index: NewFindingIndex): RuleFindings {
  const reported = result.evidence.findings;
  const kind = result.evidence.metric;
  // A rule that failed for too few of something (findingCount 0) has no findings to blame.
  const ofKind = kind !== undefined && result.evidence.findingCount > 0 ? index.ofKind(kind) : [];
  const ofKindKeys = new Set(ofKind.map(findingKey));
  const fresh = [...ofKind, ...reported.filter((finding) => index.isNew(finding) && !ofKindKeys.has(findingKey(finding)))];
  const others = reported.filter((finding) => !index.isNew(finding));
  return { result, fresh, others, total: Math.max(result.evidence.findingCount, fresh.length + others.length) };
}

/** Failed rules at one level: those with new findings first, then by overall impact (stable). */
function failedRuleFindings(report: Report, level: ActiveLevel, index: NewFindingIndex): RuleFindings[] {
  return failedResultsAt(report, level)
    .map((result) => ruleFindings(result, index))
    .sort((a, b) => Number(b.fresh.length > 0) - Number(a.fresh.length > 0));
}

export interface FailedGroups {
  /** Failed errors, then failed warnings. */
  blocking: RuleFindings[];
  notices: RuleFindings[];
}

/** The failed rules in the order reporters show them: errors, warnings, then notices. */
export function failedGroups(report: Report): FailedGroups {
  const index = indexNewFindings(report);
  return {
    blocking: [...failedRuleFindings(report, 'error', index), ...failedRuleFindings(report, 'warning', index)],
    notices: failedRuleFindings(report, 'notice', index),
  };
}

/** Per-rule limits on the findings shown. */
export interface FindingCaps {
  fresh: number;
  others: number;
  total: number;
}

export interface ShownFindings {
  fresh: Finding[];
  others: Finding[];
  /** The rule's findings not shown. */
  more: number;
}

/** Within each rule's caps, as many findings as `budget` allows: new ones of every rule first, then older ones, each in rule order. */
export function allocateFindings(groups: readonly RuleFindings[], caps: FindingCaps, budget: number): ShownFindings[] {
  let remaining = budget;
  const freshCounts = groups.map((group) => {
    const count = Math.max(0, Math.min(group.fresh.length, caps.fresh, caps.total, remaining));
    remaining -= count;
    return count;
  });
  return groups.map((group, position) => {
    const freshCount = freshCounts[position] ?? 0;
    const othersCount = Math.max(0, Math.min(group.others.length, caps.others, caps.total - freshCount, remaining));
    remaining -= othersCount;
    return {
      fresh: group.fresh.slice(0, freshCount),
      others: group.others.slice(0, othersCount),
      more: Math.max(0, group.total - freshCount - othersCount),
    };
  });
}

/** How many findings `allocateFindings` shows with no budget limit. */
export function showableFindings(groups: readonly RuleFindings[], caps: FindingCaps): number {
  return allocateFindings(groups, caps, Number.POSITIVE_INFINITY).reduce(
    (sum, shown) => sum + shown.fresh.length + shown.others.length,
    0,
  );
}
