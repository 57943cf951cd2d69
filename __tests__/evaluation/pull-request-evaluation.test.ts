import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/change/change-set.js';
import { baseEvidence } from '../../src/evaluation/base-evidence.js';
import { evaluatePullRequest } from '../../src/evaluation/evaluate-pull-request.js';
import type { Rule } from '../../src/rules/rule-set.js';
import { changeWith, evidenceWith, findingsOf, ruleOf } from './fixtures.js';

function changed(path: string, status: ChangedFile['status'], previousPath?: string): ChangedFile {
  return { path, status, binary: false, addedLines: [], ...(previousPath === undefined ? {} : { previousPath }) };
}

describe('baseEvidence', () => {
  it('takes each delta back from the head metrics, never below 0, and recomputes tests.ratio and ci.pipelines', () => {
    const head = evidenceWith(
      { 'tests.cases': 125, 'tests.files': 10, 'source.files': 40, 'tests.ratio': 0.25, 'ci.workflows': 2, 'ci.other': 1, 'ci.pipelines': 3, 'catch.generic': 1, 'docker.files': 1 },
      findingsOf('catch.generic', 1),
    );
    const change = changeWith([], {
      'tests.cases': { base: 30, head: 25, delta: -5 },
      'tests.files': { base: 2, head: 3, delta: 1 },
      'source.files': { base: 5, head: 4, delta: -1 },
      'ci.workflows': { base: 0, head: 1, delta: 1 },
      // More than the head counted (a file the head scan skipped): clamped at 0.
      'catch.generic': { base: 0, head: 3, delta: 3 },
      // A ratio delta over the changed files says nothing about the repository; the ratio is recomputed.
      'tests.ratio': { base: 0.4, head: 0.75, delta: 0.35 },
    });
    const { evidence } = baseEvidence(head, [], change, []);
    expect(evidence.metrics).toEqual({
      'tests.cases': 130,
      'tests.files': 9,
      'source.files': 41,
      'tests.ratio': 0.2195,
      'ci.workflows': 1,
      'ci.other': 1,
      'ci.pipelines': 2,
      'catch.generic': 0,
      'docker.files': 1,
    });
    expect(evidence.findings).toEqual([]);
    expect(evidence.byLanguage).toEqual({});
    expect(evidence.inventory).toBe(head.inventory);
  });

  it('gives a ratio of 0 when the base has no source files', () => {
    const head = evidenceWith({ 'tests.files': 1, 'source.files': 1 });
    const change = changeWith([], { 'source.files': { base: 0, head: 1, delta: 1 } });
    expect(baseEvidence(head, [], change, []).evidence.metrics['tests.ratio']).toBe(0);
  });

  it('takes added files out of the paths, puts removed files back and swaps renames back', () => {
    const paths = ['README.md', 'docs/guide.md', 'src/new.py', 'src/app.py'];
    const files = [
      changed('src/new.py', 'added'),
      changed('LICENSE', 'removed'),
      changed('docs/guide.md', 'renamed', 'GUIDE.md'),
      changed('src/app.py', 'modified'),
    ];
    expect(baseEvidence(evidenceWith({}), paths, changeWith(), files).paths).toEqual(['GUIDE.md', 'LICENSE', 'README.md', 'src/app.py']);
  });
});

// Hand-computed example (weights in src/evaluation/score.ts). The pull request adds a test file with
// 3 cases, a README, and one generic catch on an added line.
//   Head: testing — tests-present pass (10), test-file-ratio 0.05 fail (1), tests-not-dropping +3 pass (4):
//         100 × (1 − 1/15) = 93.33; code-quality — generic-catches 3 > 2 fail (4), new-generic-catches
//         fail (10): 0; documentation — readme pass: 100.  Overall (3 × 93.33 + 2 × 0 + 100) / 6 = 63.3.
//   Base (same rules, an empty change: nothing new, nothing moved): tests.cases 0, tests.files 0, ratio 0,
//         catch.generic 2, no README. testing — tests-present fail (10), test-file-ratio fail (1),
//         tests-not-dropping pass (4): 100 × (1 − 11/15) = 26.67; code-quality — generic-catches 2 ≤ 2 pass,
//         new-generic-catches pass: 100; documentation — readme fail (4 of 10): 60.
//         Overall (3 × 26.67 + 2 × 100 + 60) / 6 = 56.7.
const RULES: Rule[] = [
  ruleOf('tests-present', { check: { type: 'metric', metric: 'tests.cases', min: 1 } }),
  ruleOf('test-file-ratio', { level: 'notice', check: { type: 'metric', metric: 'tests.ratio', min: 0.1 } }),
  ruleOf('tests-not-dropping', { level: 'warning', check: { type: 'delta', metric: 'tests.cases', min: 0 } }),
  ruleOf('generic-catches', { category: 'code-quality', level: 'warning', check: { type: 'findings', kind: 'catch.generic', max: 2 } }),
  ruleOf('new-generic-catches', { category: 'code-quality', check: { type: 'new', kind: 'catch.generic', max: 0 } }),
  ruleOf('readme', { category: 'documentation', level: 'warning', check: { type: 'exists', globs: ['README*'] } }),
];

describe('evaluatePullRequest', () => {
  const catches = findingsOf('catch.generic', 3);
  const input = {
    evidence: evidenceWith({ 'tests.cases': 3, 'tests.files': 1, 'source.files': 20, 'tests.ratio': 0.05, 'catch.generic': 3 }, catches),
    paths: ['README.md', 'src/app.py', 'tests/test_new.py'],
    ruleSet: { source: 'test', extends: [], rules: RULES },
    failOn: 'error' as const,
    change: changeWith(catches.slice(0, 1), {
      'tests.cases': { base: 0, head: 3, delta: 3 },
      'tests.files': { base: 0, head: 1, delta: 1 },
      'catch.generic': { base: 2, head: 3, delta: 1 },
    }),
    changedFiles: [changed('README.md', 'added'), changed('tests/test_new.py', 'added'), changed('src/app.py', 'modified')],
  };

  it('scores the head with the change and the base with an empty change', () => {
    const evaluation = evaluatePullRequest(input);
    expect(evaluation.results.map((result) => [result.id, result.status])).toEqual([
      ['tests-present', 'pass'],
      ['test-file-ratio', 'fail'],
      ['tests-not-dropping', 'pass'],
      ['generic-catches', 'fail'],
      ['new-generic-catches', 'fail'],
      ['readme', 'pass'],
    ]);
    expect(evaluation.score.overall).toBe(63.3);
    expect(evaluation.baseScore).toBe(56.7);
    expect(evaluation.scoreDelta).toBe(6.6);
    expect(evaluation.verdict).toBe('fail');
  });

  it('rounds the score delta to one decimal and reports a drop as negative', () => {
    const evaluation = evaluatePullRequest({
      ...input,
      evidence: evidenceWith({ 'tests.cases': 0, 'tests.files': 0, 'source.files': 20, 'catch.generic': 3 }, catches),
      paths: ['src/app.py'],
      change: changeWith([], { 'tests.cases': { base: 3, head: 0, delta: -3 }, 'tests.files': { base: 1, head: 0, delta: -1 } }),
      changedFiles: [changed('README.md', 'removed'), changed('tests/test_old.py', 'removed')],
    });
    // Head: testing 10 + 1 + 4 of 15 lost → 0; code-quality 4 of 14 lost → 71.43; documentation 4 of 10
    //   lost → 60; (0 + 2 × 71.43 + 60) / 6 = 33.8.  Base: 3 cases, ratio 0.05, README back: testing 1 of
    //   15 lost → 93.33; code-quality 4 of 14 lost → 71.43; documentation 100;
    //   (3 × 93.33 + 2 × 71.43 + 100) / 6 = 87.1.
    expect([evaluation.score.overall, evaluation.baseScore, evaluation.scoreDelta]).toEqual([33.8, 87.1, -53.3]);
  });

  it('moves the score by exactly 0 for a change that adds and moves nothing', () => {
    const evaluation = evaluatePullRequest({ ...input, change: changeWith([], {}), changedFiles: [] });
    expect([evaluation.score.overall, evaluation.scoreDelta]).toEqual([evaluation.baseScore, 0]);
  });
});
