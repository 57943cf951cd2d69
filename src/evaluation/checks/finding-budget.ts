// `findings: catch.generic` with `max`: at most that many findings of the kind.
import { FINDINGS_PER_RESULT } from '../../report.js';
import type { FindingsCheck } from '../../rules/rule-set.js';
import { sortFindings, type CheckDefinition } from './check-definition.js';

function countOf(count: number, kind: string): string {
  return `${count} ${kind} ${count === 1 ? 'finding' : 'findings'}`;
}

export const findingBudget: CheckDefinition<FindingsCheck> = {
  type: 'findings',
  run({ kind, max }, { evidence }) {
    const findings = sortFindings(evidence.findings.filter((finding) => finding.kind === kind));
    const count = findings.length;
    const passed = count <= max;
    let message: string;
    if (!passed) message = `${countOf(count, kind)}; ${max === 0 ? 'none' : `at most ${max}`} allowed`;
    else if (max === 0) message = `no ${kind} findings`;
    else message = `${countOf(count, kind)}, within the budget of ${max}`;
    return {
      passed,
      message,
      evidence: {
        metric: kind,
        actual: count,
        expected: `<= ${max} findings`,
        findings: findings.slice(0, FINDINGS_PER_RESULT),
        findingCount: count,
      },
    };
  },
};
