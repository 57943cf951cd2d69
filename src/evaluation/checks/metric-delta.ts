// `metric: tests.cases` with `delta: { min: 0 }`: how far a pull request may move a metric, measured
// over the files it changes (their base and head contents), so "tests may not drop" needs no base scan.
import type { MetricDelta } from '../../change/change-evidence.js';
import { FINDINGS_PER_RESULT } from '../../report.js';
import type { DeltaCheck } from '../../rules/rule-set.js';
import { formatActual, formatNumber, pullRequestsOnly, sortFindings, type CheckDefinition } from './check-definition.js';

/** A change as a size, with more decimals when two would show a real change as 0. */
function size(value: number): string {
  return formatActual(Math.abs(value), 0);
}

function expected(min: number | undefined, max: number | undefined): string {
  const bounds: string[] = [];
  if (min !== undefined) bounds.push(`>= ${formatNumber(min)}`);
  if (max !== undefined) bounds.push(`<= ${formatNumber(max)}`);
  return `delta ${bounds.join(' and ')}`;
}

function movement(metric: string, delta: number): string {
  if (delta > 0) return `${metric} rose by ${size(delta)}`;
  if (delta < 0) return `${metric} dropped by ${size(delta)}`;
  return `${metric} did not change`;
}

function failure(metric: string, delta: number, moved: MetricDelta | undefined, min: number | undefined, max: number | undefined): string | undefined {
  const span = moved === undefined ? '' : ` (${formatNumber(moved.base)} → ${formatActual(moved.head, moved.base)} in the changed files)`;
  if (min !== undefined && delta < min) {
    return min === 0
      ? `${movement(metric, delta)}${span}; it may not drop`
      : `${metric} changed by ${formatNumber(delta)}; at least ${formatNumber(min)} is required`;
  }
  if (max !== undefined && delta > max) {
    return max === 0
      ? `${movement(metric, delta)}${span}; it may not rise`
      : `${metric} changed by ${formatNumber(delta)}; at most ${formatNumber(max)} is allowed`;
  }
  return undefined;
}

export const metricDelta: CheckDefinition<DeltaCheck> = {
  type: 'delta',
  run({ metric, min, max }, { change }) {
    if (change === undefined) return pullRequestsOnly(metric);
    // Metrics that did not move are left out of the deltas.
    const moved = change.deltas[metric];
    const delta = moved?.delta ?? 0;
    const failed = failure(metric, delta, moved, min, max);
    // A metric that rose too far: the new findings of that kind show where.
    const findings =
      failed !== undefined && max !== undefined && delta > max
        ? sortFindings(change.newFindings.filter((finding) => finding.kind === metric))
        : [];
    return {
      status: failed === undefined ? 'pass' : 'fail',
      message: failed ?? movement(metric, delta),
      evidence: {
        metric,
        actual: delta,
        expected: expected(min, max),
        findings: findings.slice(0, FINDINGS_PER_RESULT),
        findingCount: findings.length,
      },
    };
  },
};
