// `metric: tests.cases` with `min` and/or `max`.
import { FINDINGS_PER_RESULT } from '../../report.js';
import type { MetricCheck } from '../../rules/rule-set.js';
import { findingsOfKind, firstFindings, formatActual, formatNumber, type CheckDefinition } from './check-definition.js';

function requirement(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${formatNumber(min)} and ${formatNumber(max)} required`;
  if (min !== undefined) return `at least ${formatNumber(min)} required`;
  return `at most ${formatNumber(max ?? 0)} allowed`;
}

function expected(min: number | undefined, max: number | undefined): string {
  const bounds: string[] = [];
  if (min !== undefined) bounds.push(`>= ${formatNumber(min)}`);
  if (max !== undefined) bounds.push(`<= ${formatNumber(max)}`);
  return bounds.join(' and ');
}

export const metricThreshold: CheckDefinition<MetricCheck> = {
  type: 'metric',
  run({ metric, min, max }, { evidence }) {
    const actual = evidence.metrics[metric] ?? 0;
    const belowMin = min !== undefined && actual < min;
    const aboveMax = max !== undefined && actual > max;
    // Too many of something: the findings of that kind show where. Too few: there is nothing to show.
    const findings = aboveMax ? findingsOfKind(evidence.findings, metric) : [];
    let message = `${metric} is ${formatNumber(actual)} (${requirement(min, max)})`;
    if (belowMin) message = `${metric} is ${formatActual(actual, min)}; at least ${formatNumber(min)} is required`;
    if (aboveMax) message = `${metric} is ${formatActual(actual, max)}; at most ${formatNumber(max)} is allowed`;
    return {
      status: belowMin || aboveMax ? 'fail' : 'pass',
      message,
      evidence: {
        metric,
        actual,
        expected: expected(min, max),
        findings: firstFindings(findings, FINDINGS_PER_RESULT),
        findingCount: findings.length,
      },
    };
  },
};
