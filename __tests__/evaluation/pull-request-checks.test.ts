import { describe, expect, it } from 'vitest';
import type { ChangeEvidence } from '../../src/change/change-evidence.js';
import type { Finding } from '../../src/evidence.js';
import { runCheck } from '../../src/evaluation/checks/index.js';
import { evaluate } from '../../src/evaluation/evaluate.js';
import type { Check } from '../../src/rules/rule-set.js';
import { changeWith, evidenceWith, findingsOf, ruleOf } from './fixtures.js';

function run(check: Check, change: ChangeEvidence | undefined) {
  return runCheck(check, { evidence: evidenceWith({}), paths: [], ...(change === undefined ? {} : { change }) });
}

const outcomeOf = (check: Check, change: ChangeEvidence | undefined) => {
  const { status, message } = run(check, change);
  return [status, message];
};

describe('new-findings budget', () => {
  const none: Check = { type: 'new', kind: 'catch.generic', max: 0 };
  const two: Check = { type: 'new', kind: 'catch.generic', max: 2 };
  const newCatches = (count: number): Finding[] => findingsOf('catch.generic', count);

  it.each([
    ['two over a zero budget', none, 2, 'fail', '2 new catch.generic findings on added lines; none allowed'],
    ['one over a zero budget', none, 1, 'fail', '1 new catch.generic finding on added lines; none allowed'],
    ['none', none, 0, 'pass', 'no new catch.generic findings'],
    ['over a budget of two', two, 3, 'fail', '3 new catch.generic findings on added lines; at most 2 allowed'],
    ['within a budget of two', two, 1, 'pass', '1 new catch.generic finding on added lines, within the budget of 2'],
  ] as const)('%s', (_name, check, count, status, message) => {
    expect(outcomeOf(check, changeWith([...newCatches(count), ...findingsOf('todo.comments', 4)]))).toEqual([status, message]);
  });

  it('shows the first 20 new findings of the kind in file order and counts them all', () => {
    const outcome = run(none, changeWith(newCatches(23)));
    expect(outcome.evidence.findingCount).toBe(23);
    expect(outcome.evidence.actual).toBe(23);
    expect(outcome.evidence.expected).toBe('<= 0 new findings');
    expect(outcome.evidence.findings).toHaveLength(20);
    expect(outcome.evidence.findings.slice(0, 2).map((finding) => `${finding.file}:${finding.line}`)).toEqual(['src/file-0.py:2', 'src/file-0.py:5']);
  });

  it('ignores findings of the whole repository', () => {
    const outcome = runCheck(none, { evidence: evidenceWith({ 'catch.generic': 9 }, newCatches(9)), paths: [], change: changeWith() });
    expect([outcome.status, outcome.message]).toEqual(['pass', 'no new catch.generic findings']);
  });

  it('is not applicable outside pull-request mode', () => {
    expect(run(none, undefined)).toEqual({
      status: 'not-applicable',
      message: 'applies to pull requests only',
      evidence: { metric: 'catch.generic', findings: [], findingCount: 0 },
    });
  });
});

describe('delta limit', () => {
  const mayNotDrop: Check = { type: 'delta', metric: 'tests.cases', min: 0 };
  const mayNotRise: Check = { type: 'delta', metric: 'catch.generic', max: 0 };
  const moved = (metric: string, base: number, head: number) => changeWith([], { [metric]: { base, head, delta: head - base } });

  it.each([
    ['tests dropped', mayNotDrop, moved('tests.cases', 125, 122), 'fail', 'tests.cases dropped by 3 (125 → 122 in the changed files); it may not drop'],
    ['tests rose', mayNotDrop, moved('tests.cases', 10, 14), 'pass', 'tests.cases rose by 4'],
    ['tests did not move', mayNotDrop, changeWith(), 'pass', 'tests.cases did not change'],
    ['catches rose', mayNotRise, moved('catch.generic', 3, 5), 'fail', 'catch.generic rose by 2 (3 → 5 in the changed files); it may not rise'],
    ['catches dropped', mayNotRise, moved('catch.generic', 3, 1), 'pass', 'catch.generic dropped by 2'],
    ['below another min', { type: 'delta', metric: 'tests.cases', min: -1 }, moved('tests.cases', 125, 122), 'fail', 'tests.cases changed by -3; at least -1 is required'],
    ['above another max', { type: 'delta', metric: 'todo.comments', max: 2 }, moved('todo.comments', 0, 5), 'fail', 'todo.comments changed by 5; at most 2 is allowed'],
    ['a required rise that did not come', { type: 'delta', metric: 'tests.cases', min: 1 }, changeWith(), 'fail', 'tests.cases changed by 0; at least 1 is required'],
    ['a tiny drop shown with more decimals', { type: 'delta', metric: 'tests.ratio', min: 0 }, moved('tests.ratio', 0.5, 0.499), 'fail', 'tests.ratio dropped by 0.001 (0.5 → 0.499 in the changed files); it may not drop'],
  ] as const)('%s', (_name, check, change, status, message) => {
    expect(outcomeOf(check, change)).toEqual([status, message]);
  });

  it('gives the delta as actual and the limit as expected', () => {
    expect(run({ type: 'delta', metric: 'tests.cases', min: -1, max: 10 }, moved('tests.cases', 125, 122)).evidence).toEqual({
      metric: 'tests.cases',
      actual: -3,
      expected: 'delta >= -1 and <= 10',
      findings: [],
      findingCount: 0,
    });
  });

  it('shows the new findings behind a metric that rose too far', () => {
    const change = { ...moved('catch.generic', 3, 5), newFindings: [...findingsOf('catch.generic', 2), ...findingsOf('todo.comments', 1)] };
    const outcome = run(mayNotRise, change);
    expect(outcome.evidence.findingCount).toBe(2);
    expect(outcome.evidence.findings.map((finding) => finding.kind)).toEqual(['catch.generic', 'catch.generic']);
  });

  it('is not applicable outside pull-request mode', () => {
    expect(outcomeOf(mayNotDrop, undefined)).toEqual(['not-applicable', 'applies to pull requests only']);
  });
});

describe('pull-request checks in an evaluation', () => {
  const rules = [
    ruleOf('new-generic-catches', { category: 'code-quality', check: { type: 'new', kind: 'catch.generic', max: 0 } }),
    ruleOf('tests-not-dropping', { level: 'warning', check: { type: 'delta', metric: 'tests.cases', min: 0 } }),
  ];
  const evaluateWith = (change?: ChangeEvidence) =>
    evaluate({ evidence: evidenceWith({}), paths: [], ruleSet: { source: 'test', extends: [], rules }, failOn: 'error', ...(change === undefined ? {} : { change }) });

  it('leaves them out of the score without a change', () => {
    const evaluation = evaluateWith();
    expect(evaluation.results.map((result) => [result.status, result.message])).toEqual([
      ['not-applicable', 'applies to pull requests only'],
      ['not-applicable', 'applies to pull requests only'],
    ]);
    expect(evaluation.score).toEqual({ overall: 100, categories: [] });
    expect(evaluation.counts.notApplicable).toBe(2);
  });

  it('fails the gate on a new finding with the change', () => {
    const evaluation = evaluateWith(changeWith(findingsOf('catch.generic', 1), { 'tests.cases': { base: 4, head: 2, delta: -2 } }));
    expect(evaluation.results.map((result) => [result.id, result.status])).toEqual([
      ['new-generic-catches', 'fail'],
      ['tests-not-dropping', 'fail'],
    ]);
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.counts).toEqual({ errors: 1, warnings: 1, notices: 0, passed: 0, notApplicable: 0 });
  });
});

describe('finding budget on evidence without findings', () => {
  it('counts the metric of the kind when it is set, as in a base reconstructed without findings', () => {
    const outcome = runCheck({ type: 'findings', kind: 'catch.generic', max: 10 }, { evidence: evidenceWith({ 'catch.generic': 12 }), paths: [] });
    expect([outcome.status, outcome.message, outcome.evidence.actual, outcome.evidence.findingCount]).toEqual([
      'fail',
      '12 catch.generic findings; at most 10 allowed',
      12,
      0,
    ]);
  });
});
