// `findings: catch.generic` with `max`: at most that many findings of the kind.
import { FINDINGS_PER_RESULT } from '../../report.js';
import type { FindingsCheck } from '../../rules/rule-set.js';
import { countOf, findingsOfKind, firstFindings, type CheckDefinition } from './check-definition.js';

export const findingBudget: CheckDefinition<FindingsCheck> = {
  type: 'findings',
  run({ kind, max }, { evidence }) {
    const findings = findingsOfKind(evidence.findings, kind);
    // The metric is the count of findings of its kind; the base of a pull request has the count but
    // no findings (see base-evidence.ts), so the count comes from the metric when there is one.
    const count = evidence.metrics[kind] ?? findings.length;
    const passed = count <= max;
    let message: string;
    if (!passed) message = `${countOf(count, kind)}; ${max === 0 ? 'none' : `at most ${max}`} allowed`;
    else if (max === 0) message = `no ${kind} findings`;
    else message = `${countOf(count, kind)}, within the budget of ${max}`;
    return {
      status: passed ? 'pass' : 'fail',
      message,
      evidence: {
        metric: kind,
        actual: count,
        expected: `<= ${max} findings`,
        findings: firstFindings(findings, FINDINGS_PER_RESULT),
        findingCount: findings.length,
      },
    };
  },
};
