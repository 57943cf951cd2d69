import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluation/evaluate.js';
import type { FailOn } from '../../src/report.js';
import { loadPresetRuleSet } from '../../src/rules/presets.js';
import type { Rule } from '../../src/rules/rule-set.js';
import { evidenceWith, findingsOf, ruleOf } from './fixtures.js';

// Hand-computed example (see src/evaluation/score.ts):
//   testing: failed error (10) + failed notice (1) of 10 + 4 + 1 = 15 → 100 × (1 − 11/15) = 26.67
//   ci: one passed error → 100;  documentation: one failed warning → 0;  containers: not applicable.
//   overall = (3 × 26.67 + 2 × 100 + 1 × 0) / (3 + 2 + 1) = 46.67
const EXAMPLE_RULES: Rule[] = [
  ruleOf('tests-present', { category: 'testing', level: 'error', check: { type: 'metric', metric: 'tests.cases', min: 1 } }),
  ruleOf('skipped-tests', { category: 'testing', level: 'warning', check: { type: 'findings', kind: 'tests.skipped', max: 5 } }),
  ruleOf('test-file-ratio', { category: 'testing', level: 'notice', check: { type: 'metric', metric: 'tests.ratio', min: 0.1 } }),
  ruleOf('ci-present', { category: 'ci', level: 'error', check: { type: 'metric', metric: 'ci.pipelines', min: 1 } }),
  ruleOf('readme', { category: 'documentation', level: 'warning', check: { type: 'exists', globs: ['README*'] } }),
  ruleOf('dockerfile-non-root', { category: 'containers', level: 'error', check: { type: 'findings', kind: 'docker.root-user', max: 0 }, when: 'docker.files' }),
  ruleOf('generic-catches', { category: 'code-quality', level: 'off', check: { type: 'findings', kind: 'catch.generic', max: 0 } }),
];

function evaluateExample(failOn: FailOn = 'error') {
  return evaluate({
    evidence: evidenceWith({ 'ci.workflows': 1, 'ci.pipelines': 1 }, findingsOf('catch.generic', 3)),
    paths: ['src/app.py'],
    ruleSet: { source: 'test', extends: [], rules: EXAMPLE_RULES },
    failOn,
  });
}

describe('evaluate', () => {
  it('gives each active rule a result and skips rules that are off', () => {
    const { results } = evaluateExample();
    expect(results.map((result) => [result.id, result.status, result.message])).toEqual([
      ['tests-present', 'fail', 'tests.cases is 0; at least 1 is required'],
      ['skipped-tests', 'pass', '0 tests.skipped findings, within the budget of 5'],
      ['test-file-ratio', 'fail', 'tests.ratio is 0; at least 0.1 is required'],
      ['ci-present', 'pass', 'ci.pipelines is 1 (at least 1 required)'],
      ['readme', 'fail', 'no file matches README*'],
      ['dockerfile-non-root', 'not-applicable', 'not applicable: docker.files is 0'],
    ]);
  });

  it('scores categories and the whole by the documented weights', () => {
    expect(evaluateExample().score).toEqual({
      overall: 56.7,
      categories: [
        { category: 'testing', score: 26.7, weight: 3, rules: 3, failed: 2 },
        { category: 'ci', score: 100, weight: 2, rules: 1, failed: 0 },
        // A lone failed warning: scored out of one error's weight (10), so 100 × (1 − 4/10).
        { category: 'documentation', score: 60, weight: 1, rules: 1, failed: 1 },
      ],
    });
  });

  it('says how much each failed rule took off, adding up to 100 − overall', () => {
    const { results, score } = evaluateExample();
    expect(Object.fromEntries(results.map((result) => [result.id, result.impact]))).toEqual({
      'tests-present': { category: 66.7, overall: 33.3 },
      'skipped-tests': { category: 0, overall: 0 },
      'test-file-ratio': { category: 6.7, overall: 3.3 },
      'ci-present': { category: 0, overall: 0 },
      readme: { category: 40, overall: 6.7 },
      'dockerfile-non-root': { category: 0, overall: 0 },
    });
    const lost = results.reduce((total, result) => total + result.impact.overall, 0);
    expect(lost).toBeCloseTo(100 - score.overall, 1);
  });

  it('counts results by outcome', () => {
    expect(evaluateExample().counts).toEqual({ errors: 1, warnings: 1, notices: 1, passed: 2, notApplicable: 1 });
  });

  it('decides the verdict by fail-on', () => {
    expect(evaluateExample('error').verdict).toBe('fail');
    expect(evaluateExample('warning').verdict).toBe('fail');
    expect(evaluateExample('never').verdict).toBe('pass');
    const warningOnly = (failOn: FailOn) =>
      evaluate({
        evidence: evidenceWith({}),
        paths: [],
        ruleSet: { source: 'test', extends: [], rules: [ruleOf('readme', { level: 'warning', check: { type: 'exists', globs: ['README*'] } })] },
        failOn,
      }).verdict;
    expect([warningOnly('error'), warningOnly('warning'), warningOnly('never')]).toEqual(['pass', 'fail', 'pass']);
  });

  it('applies a rule once its when metric is above 0', () => {
    const rule = ruleOf('ratio', { level: 'notice', check: { type: 'metric', metric: 'tests.ratio', min: 0.1 }, when: 'source.files' });
    const [result] = evaluate({
      evidence: evidenceWith({ 'source.files': 20, 'tests.files': 1, 'tests.ratio': 0.05 }),
      paths: [],
      ruleSet: { source: 'test', extends: [], rules: [rule] },
      failOn: 'error',
    }).results;
    expect([result?.status, result?.message]).toEqual(['fail', 'tests.ratio is 0.05; at least 0.1 is required']);
  });

  it('scores 100 with no applicable rules', () => {
    const evaluation = evaluate({ evidence: evidenceWith({}), paths: [], ruleSet: { source: 'test', extends: [], rules: [] }, failOn: 'error' });
    expect(evaluation.score).toEqual({ overall: 100, categories: [] });
    expect(evaluation.verdict).toBe('pass');
  });
});

describe('recommended preset', () => {
  it('fails an empty repository on tests and CI at error level, and on nothing else at that level', () => {
    const evaluation = evaluate({ evidence: evidenceWith({}), paths: [], ruleSet: loadPresetRuleSet('recommended'), failOn: 'error' });
    const failedErrors = evaluation.results.filter((result) => result.status === 'fail' && result.level === 'error');
    expect(failedErrors.map((result) => result.id)).toEqual(['tests-present', 'ci-present']);
    expect(evaluation.verdict).toBe('fail');
    // The five pull-request rules are not applicable outside pull-request mode.
    expect(evaluation.counts).toEqual({ errors: 2, warnings: 1, notices: 2, passed: 12, notApplicable: 25 });
  });

  it('passes a tested repository with CI despite lots of catches, TODOs and stubs', () => {
    const evaluation = evaluate({
      evidence: evidenceWith(
        { 'tests.cases': 40, 'tests.ratio': 0.27, 'source.files': 30, 'ci.workflows': 1, 'ci.pipelines': 1, 'ci.test-jobs': 1 },
        [...findingsOf('catch.generic', 80), ...findingsOf('todo.comments', 300), ...findingsOf('stubs.placeholder', 30), ...findingsOf('catch.empty', 25)],
      ),
      paths: ['README.md', 'LICENSE', 'SECURITY.md', 'src/app.py'],
      ruleSet: loadPresetRuleSet('recommended'),
      failOn: 'warning',
    });
    expect(evaluation.counts).toEqual({ errors: 0, warnings: 0, notices: 5, passed: 15, notApplicable: 22 });
    expect(evaluation.verdict).toBe('pass');
  });
});
