// `findings: catch.generic` with `new: 0`: at most that many findings of the kind on the lines a pull
// request adds, so existing debt never blocks a change but the change cannot add to it.
import { FINDINGS_PER_RESULT } from '../../report.js';
import type { NewFindingsCheck } from '../../rules/rule-set.js';
import { countOf, pullRequestsOnly, sortFindings, type CheckDefinition } from './check-definition.js';

export const newFindingsBudget: CheckDefinition<NewFindingsCheck> = {
  type: 'new',
  run({ kind, max }, { change }) {
    if (change === undefined) return pullRequestsOnly(kind);
    const findings = sortFindings(change.newFindings.filter((finding) => finding.kind === kind));
    const count = findings.length;
    const passed = count <= max;
    let message: string;
    if (!passed) message = `${countOf(count, kind, 'new ')} on added lines; ${max === 0 ? 'none' : `at most ${max}`} allowed`;
    else if (count === 0) message = `no new ${kind} findings`;
    else message = `${countOf(count, kind, 'new ')} on added lines, within the budget of ${max}`;
    return {
      status: passed ? 'pass' : 'fail',
      message,
      evidence: {
        metric: kind,
        actual: count,
        expected: `<= ${max} new findings`,
        findings: findings.slice(0, FINDINGS_PER_RESULT),
        findingCount: count,
      },
    };
  },
};
