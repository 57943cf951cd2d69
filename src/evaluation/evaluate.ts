// Rules + evidence → results, score and verdict. Pure: reads nothing but its input.
import type { ChangeEvidence } from '../change/change-evidence.js';
import type { Evidence } from '../evidence.js';
import type { FailOn, Report, RuleResult } from '../report.js';
import type { Rule, RuleSet } from '../rules/rule-set.js';
import { formatNumber, type CheckContext } from './checks/check-definition.js';
import { runCheck } from './checks/index.js';
import { scoreResults } from './score.js';

export interface EvaluationInput {
  evidence: Evidence;
  /** Every repository path (POSIX, relative to the root), for `exists` checks. */
  paths: readonly string[];
  ruleSet: RuleSet;
  failOn: FailOn;
  /** What a pull request changed; without it, pull-request checks (new, delta) are not applicable. */
  change?: ChangeEvidence;
}

export type Evaluation = Pick<Report, 'results' | 'score' | 'verdict' | 'counts'>;

type ActiveRule = Rule & { level: RuleResult['level'] };

function evaluateRule(rule: ActiveRule, context: CheckContext): Omit<RuleResult, 'impact'> {
  const { id, category, level, description } = rule;
  if (rule.when !== undefined) {
    const gate = context.evidence.metrics[rule.when] ?? 0;
    if (gate <= 0) {
      return {
        id,
        category,
        level,
        description,
        status: 'not-applicable',
        message: `not applicable: ${rule.when} is ${formatNumber(gate)}`,
        evidence: { metric: rule.when, actual: gate, findings: [], findingCount: 0 },
      };
    }
  }
  const outcome = runCheck(rule.check, context);
  return { id, category, level, description, status: outcome.status, message: outcome.message, evidence: outcome.evidence };
}

function failsGate(result: RuleResult, failOn: FailOn): boolean {
  if (result.status !== 'fail') return false;
  if (failOn === 'error') return result.level === 'error';
  if (failOn === 'warning') return result.level === 'error' || result.level === 'warning';
  return false;
}

export function evaluate(input: EvaluationInput): Evaluation {
  const context: CheckContext = { evidence: input.evidence, paths: input.paths };
  if (input.change !== undefined) context.change = input.change;
  const active = input.ruleSet.rules.filter((rule): rule is ActiveRule => rule.level !== 'off');
  const unscored = active.map((rule) => evaluateRule(rule, context));
  const { score, impacts } = scoreResults(unscored);
  const results: RuleResult[] = unscored.map((result, index) => ({
    ...result,
    impact: impacts[index] ?? { category: 0, overall: 0 },
  }));
  const failedAt = (level: RuleResult['level']) =>
    results.filter((result) => result.status === 'fail' && result.level === level).length;
  return {
    results,
    score,
    verdict: results.some((result) => failsGate(result, input.failOn)) ? 'fail' : 'pass',
    counts: {
      errors: failedAt('error'),
      warnings: failedAt('warning'),
      notices: failedAt('notice'),
      passed: results.filter((result) => result.status === 'pass').length,
      notApplicable: results.filter((result) => result.status === 'not-applicable').length,
    },
  };
}
